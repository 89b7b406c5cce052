package org.entente.convert;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.ZipException;
import org.entente.codes.CameoCodes;
import org.entente.io.CountingInputStream;
import org.entente.io.DatasetSink;
import org.entente.model.Actor;
import org.entente.model.Citation;
import org.entente.model.Code;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Location;
import org.entente.model.Participant;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.entente.time.When;

/**
 * One run of the GDELT importer. Rows are read file by file into the {@link EventCollapser}; once every row
 * is in, the actors and the sources go to the sink, then the merged events in day order. Actors stay in
 * memory, as there are few of them next to rows; sources keep only a hash in memory. Two cores share the
 * work through {@link Handoff}s: rows are read on the caller's thread and merged on another, and records
 * are made on the caller's thread and given to the sink on another, each in order, so the sink sees what
 * it would see on one thread.
 */
final class GdeltConversion implements Closeable {
    private static final long REPORT_EVERY_BYTES = 1 << 20;

    private final ImportProgress progress;
    private final EventCollapser collapser;
    private final GdeltSources sources;
    private final GdeltActors actorColumns = new GdeltActors();
    private final GdeltRow rows = new GdeltRow();
    private final TabFields fields = new TabFields(GdeltColumns.COUNT);
    private final GdeltActorTable actors = new GdeltActorTable();
    private final ProblemList problems = new ProblemList();
    /** The GLOBALEVENTIDs read, so that a row read again (the same file twice, overlapping files) is not counted twice. */
    private final EventIds eventIds = new EventIds();
    private final long minUnzipped;
    private long rowsRead;
    /** The line of the file being read that was read last. */
    private long lineNumber;
    private long bytesBefore;
    private long bytesTotal;
    private String lastDay;
    private When lastWhen;

    GdeltConversion(int bufferEvents, Path tempDir, long minUnzipped, ImportProgress progress) throws IOException {
        this.progress = progress;
        this.minUnzipped = minUnzipped;
        this.collapser = new EventCollapser(bufferEvents, tempDir);
        this.sources = new GdeltSources(tempDir);
    }

    ImportReport run(List<Path> inputs, DatasetSink sink) throws IOException {
        for (Path input : inputs) {
            bytesTotal += Files.size(input);
        }
        try (Handoff<PendingEvent> merging = new Handoff<>("GDELT import: merging rows", collapser::add)) {
            for (Path input : inputs) {
                read(input, merging);
            }
            merging.finish();
        }
        int events = emit(inputs, sink);
        return new ImportReport(rowsRead, events, actors.size(), sources.size(), problems.all());
    }

    /** The dataset's title, known before any row is read, so that a file can give it before the records. */
    static String title(List<Path> inputs) {
        return "GDELT 2.0 events: " + names(inputs);
    }

    static String description(List<Path> inputs) {
        return "Imported from the GDELT 2.0 Events export " + names(inputs) + ". Rows with the same day, actors and"
                + " CAMEO event code are merged into one event; x-gdelt-rows counts them and x-gdelt-mentions sums"
                + " their NumMentions. Tone is the GoldsteinScale of the event code.";
    }

    private static String names(List<Path> inputs) {
        return inputs.stream().map(p -> String.valueOf(p.getFileName())).collect(Collectors.joining(", "));
    }

    private void read(Path file, Handoff<PendingEvent> merging) throws IOException {
        lineNumber = 0;
        try (CountingInputStream counted = new CountingInputStream(Files.newInputStream(file), bytesBefore,
                REPORT_EVERY_BYTES, read -> progress.bytesRead(read, bytesTotal))) {
            try (GdeltInput input = GdeltInput.open(counted, Files.size(file), minUnzipped)) {
                readRows(file, new GdeltLines(input.text()), merging);
                String unread = input.unreadFile();
                if (unread != null) {
                    problems.add(file, lineNumber, "warning: the zip holds more than one file; "
                            + ProblemText.quote(unread) + " and any after it were not read");
                }
            } catch (ZipException e) {
                // ExpansionLimit.Expanded is one too: a zip bomb, stopped.
                problems.add(file, lineNumber + 1, "not read as a GDELT export zip: " + e.getMessage()
                        + "; the rest of the file was skipped");
            }
            bytesBefore = counted.bytesRead();
        }
        progress.bytesRead(bytesBefore, bytesTotal);
    }

    private void readRows(Path file, GdeltLines lines, Handoff<PendingEvent> merging) throws IOException {
        boolean extraColumnsReported = false;
        while (lines.next()) {
            lineNumber++;
            if (progress.isCancelled()) {
                throw new CancellationException("GDELT import cancelled");
            }
            fields.split(lines.bytes(), lines.start(), lines.end());
            if (fields.isBlank()) {
                continue;
            }
            rowsRead++;
            if (fields.count() < GdeltColumns.COUNT) {
                problems.add(file, lineNumber, "row skipped: expected " + GdeltColumns.COUNT
                        + " tab-separated columns, found " + fields.count());
                continue;
            }
            if (fields.count() > GdeltColumns.COUNT && !extraColumnsReported) {
                extraColumnsReported = true;
                problems.add(file, lineNumber, "warning: " + fields.count() + " columns where GDELT 2.0 has "
                        + GdeltColumns.COUNT + "; columns past the " + GdeltColumns.COUNT
                        + "th are ignored in this file (reported once)");
            }
            row(file, lineNumber, fields, merging);
        }
    }

    private void row(Path file, long line, TabFields row, Handoff<PendingEvent> merging) throws IOException {
        GdeltActor actor1 = actorColumns.read(row, GdeltColumns.ACTOR1);
        GdeltActor actor2 = actorColumns.read(row, GdeltColumns.ACTOR2);
        PendingEvent event;
        try {
            event = rows.read(row, eventIds::add, () -> actor1 == null ? "" : actors.add(actor1),
                    () -> actor2 == null ? "" : actors.add(actor2),
                    warning -> problems.add(file, line, "warning: " + warning));
        } catch (GdeltRow.Rejected rejected) {
            problems.add(file, line, "row skipped: " + rejected.getMessage());
            return;
        }
        if (row.isPlain(GdeltColumns.SOURCE_URL)) {
            event.addSource(sources.add(row.line(), row.start(GdeltColumns.SOURCE_URL), row.end(GdeltColumns.SOURCE_URL)));
        } else {
            String url = row.text(GdeltColumns.SOURCE_URL);
            if (!url.isEmpty()) {
                event.addSource(sources.add(url));
            }
        }
        merging.put(event);
    }

    /**
     * Gives the sink the actors and the sources, then the merged events in day order: every record an event
     * names comes before it, so a reader or a store takes the events as they come, with nothing to hold for
     * the end of the file, and a store needs no sort.
     */
    private int emit(List<Path> inputs, DatasetSink sink) throws IOException {
        int[] events = {0};
        try (Handoff<Consumer<DatasetSink>> writing = new Handoff<>("GDELT import: writing records",
                give -> give.accept(sink))) {
            for (Actor actor : actors.actors()) {
                writing.put(to -> to.actor(actor));
            }
            sources.drain(source -> writing.put(to -> to.source(source)));
            collapser.drain(pending -> {
                Event event = event(pending);
                writing.put(to -> to.event(event));
                events[0]++;
            });
            writing.finish();
        }
        sink.end(title(inputs), description(inputs), Extras.NONE);
        return events[0];
    }

    private Event event(PendingEvent p) {
        String actor1 = actors.label(p.key.actor1());
        String actor2 = actors.label(p.key.actor2());
        String label = CameoCodes.label(p.key.eventCode(), p.baseCode, p.rootCode);
        List<String> title = new ArrayList<>(3);
        List<Participant> participants = new ArrayList<>(2);
        if (actor1 != null) {
            title.add(actor1);
            participants.add(new Participant(p.key.actor1(), "initiator"));
        }
        title.add(label);
        if (actor2 != null) {
            title.add(actor2);
            participants.add(new Participant(p.key.actor2(), "target"));
        }
        List<Code> codes = new ArrayList<>(4);
        codes.add(new Code("cameo", p.key.eventCode()));
        if (!p.baseCode.isEmpty()) {
            codes.add(new Code("cameo-base", p.baseCode));
        }
        codes.add(new Code("cameo-root", p.rootCode));
        if (!p.quadClass.isEmpty()) {
            codes.add(new Code("quadclass", p.quadClass));
        }
        List<Citation> citations = new ArrayList<>(p.sources.length);
        for (long source : p.sources) {
            citations.add(new Citation(GdeltSources.id(source), null, null, 0));
        }
        Location location = p.placeName.isEmpty() ? null
                : new Location(p.placeName, p.placeCountry.isEmpty() ? null : p.placeCountry, p.lat, p.lon);
        return new Event("gdelt-" + p.globalEventId, String.join(" — ", title), when(p.key.day()),
                CameoKinds.kind(p.rootCode), null, location, participants, p.goldstein, codes, List.of(), citations,
                Extras.of(extras(p)));
    }

    private static Map<String, String> extras(PendingEvent p) {
        Map<String, String> extras = new LinkedHashMap<>();
        extras.put("x-gdelt-event-id", Long.toString(p.globalEventId));
        if (!p.dateAdded.isEmpty()) {
            extras.put("x-gdelt-date-added", "\"" + p.dateAdded + "\"");
        }
        extras.put("x-gdelt-rows", Long.toString(p.rows));
        extras.put("x-gdelt-mentions", Long.toString(p.mentions));
        extras.put("x-gdelt-sources", Long.toString(p.sourceCount));
        extras.put("x-gdelt-articles", Long.toString(p.articles));
        double tone = p.averageTone();
        if (!Double.isNaN(tone)) {
            extras.put("x-gdelt-avg-tone", BigDecimal.valueOf(tone).setScale(4, RoundingMode.HALF_EVEN)
                    .stripTrailingZeros().toPlainString());
        }
        return extras;
    }

    /** The day of an event; events come in day order, so the last one parsed is the next one's too. */
    private When when(String isoDay) {
        if (!isoDay.equals(lastDay)) {
            lastDay = isoDay;
            lastWhen = day(isoDay);
        }
        return lastWhen;
    }

    private static When day(String isoDay) {
        try {
            return Edtf.parse(isoDay);
        } catch (EdtfException e) {
            throw new IllegalStateException("a day read from SQLDATE must be valid EDTF: " + isoDay, e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            collapser.close();
        } finally {
            sources.close();
        }
    }
}
