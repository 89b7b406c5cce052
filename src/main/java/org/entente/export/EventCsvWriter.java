package org.entente.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.model.Citation;
import org.entente.model.Code;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Location;
import org.entente.model.Participant;
import org.entente.query.Filter;

/**
 * Writes events as CSV for spreadsheets and scripts: RFC 4180, UTF-8 without a byte order mark, CRLF line
 * ends (as the RFC and Excel expect), a header row, and one row per event in dataset order.
 * <ul>
 * <li>{@code when} is the date as written; {@code start} and {@code end} are the UTC instants it covers,
 *     the end exclusive ({@code 2025-10} ends at {@code 2025-11-01T00:00:00Z}), empty for an open end.</li>
 * <li>Lists ({@code participants} as "name (role)", {@code tags}, {@code codes} as "scheme:code",
 *     {@code sources}, the distinct cited source ids) are joined with {@code "; "}.</li>
 * <li>{@code quotes} counts the citations that quote their source.</li>
 * <li>Formula injection: a text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, tab or
 *     carriage return gets a leading {@code '}, so that a spreadsheet shows it as text instead of running
 *     it. This includes dates written with a negative year, such as {@code -0500}. The numeric cells
 *     ({@code lat}, {@code lon}, {@code tone}, {@code quotes}) are not guarded: they are made here from
 *     numbers, so they cannot hold a formula, and a quote mark would stop a spreadsheet from summing them.</li>
 * </ul>
 */
public final class EventCsvWriter {
    public static final List<String> HEADER = List.of("id", "when", "start", "end", "precision", "title", "kind",
            "summary", "location", "country", "lat", "lon", "participants", "tone", "tags", "codes", "sources",
            "quotes");

    private static final String LIST_SEPARATOR = "; ";

    private final CsvCells cells;
    private final Dataset dataset;

    private EventCsvWriter(Writer out, Dataset dataset) {
        this.cells = new CsvCells(out);
        this.dataset = dataset;
    }

    /** Writes the events that {@code filter} lets through (all when it is empty), atomically. */
    public static void write(Dataset dataset, Filter filter, Path target) throws IOException {
        AtomicFile.write(target, out -> write(dataset, filter, out));
    }

    /** As {@link #write(Dataset, Filter, Path)}, to a stream that is flushed but left open. */
    public static void write(Dataset dataset, Filter filter, OutputStream out) throws IOException {
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        EventCsvWriter csv = new EventCsvWriter(text, dataset);
        csv.header();
        boolean everything = filter.isEmpty();
        for (Event event : dataset.events()) {
            if (everything || filter.matches(event, dataset)) {
                csv.event(event);
            }
        }
        text.flush();
    }

    /** Writes these events, by dataset position, in this order (the rows of a table as shown), atomically. */
    public static void write(Dataset dataset, int[] positions, Path target) throws IOException {
        AtomicFile.write(target, out -> {
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            EventCsvWriter csv = new EventCsvWriter(text, dataset);
            csv.header();
            for (int position : positions) {
                csv.event(dataset.events().get(position));
            }
            text.flush();
        });
    }

    private void header() throws IOException {
        cells.row(HEADER);
    }

    private void event(Event event) throws IOException {
        text(event.id());
        text(event.when().text());
        instant(event.when().start(), Long.MIN_VALUE);
        instant(event.when().end(), Long.MAX_VALUE);
        text(event.when().precision().name().toLowerCase(Locale.ROOT));
        text(event.title());
        text(event.kind());
        text(event.summary());
        Location location = event.location();
        text(location == null ? null : location.name());
        text(location == null ? null : location.country());
        number(location == null ? Double.NaN : location.lat());
        number(location == null ? Double.NaN : location.lon());
        text(participants(event.participants()));
        number(event.tone());
        text(event.tags() == null ? null : String.join(LIST_SEPARATOR, event.tags()));
        text(codes(event.codes()));
        text(sources(event.citations()));
        number(quotes(event.citations()));
        cells.endRow();
    }

    private String participants(List<Participant> participants) {
        if (participants == null) {
            return null;
        }
        List<String> named = new ArrayList<>(participants.size());
        for (Participant p : participants) {
            String name = dataset.actorName(p.actor());
            named.add(p.role() == null ? name : name + " (" + p.role() + ")");
        }
        return String.join(LIST_SEPARATOR, named);
    }

    private static String codes(List<Code> codes) {
        if (codes == null) {
            return null;
        }
        List<String> written = new ArrayList<>(codes.size());
        for (Code code : codes) {
            written.add(code.scheme() + ":" + code.code());
        }
        return String.join(LIST_SEPARATOR, written);
    }

    private static String sources(List<Citation> citations) {
        if (citations == null) {
            return null;
        }
        List<String> ids = new ArrayList<>(citations.size());
        for (Citation citation : citations) {
            if (!ids.contains(citation.source())) {
                ids.add(citation.source());
            }
        }
        return String.join(LIST_SEPARATOR, ids);
    }

    private static int quotes(List<Citation> citations) {
        int quoted = 0;
        if (citations != null) {
            for (Citation citation : citations) {
                if (citation.quote() != null) {
                    quoted++;
                }
            }
        }
        return quoted;
    }

    private void instant(long millis, long open) throws IOException {
        text(millis == open ? null : Instant.ofEpochMilli(millis).toString());
    }

    private void number(double value) throws IOException {
        cells.number(value);
    }

    private void text(String value) throws IOException {
        cells.text(value);
    }
}
