package org.entente.convert;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.export.DatasetWriter;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Source;
import org.entente.query.Filter;

/**
 * Imports PLOVER event records, as JSON (an array of records, or records one after another) or JSON Lines:
 * each record becomes an event of its category, between its actor and recipient entities, with the
 * manual's quad class and score, quoting its text from the document it was coded from. See docs/IMPORT.md
 * for the mapping. Problems point to the record's line and column.
 */
public final class PloverImporter implements Importer {
    private static final String FORMAT_NOTE = "Imported from PLOVER event records. Each category's quad class and"
            + " score (the tone) are the PLOVER manual's unless a record gives its own quad_code or event_scale;"
            + " entities with a Wikidata id are that item.";

    public PloverImporter() {
    }

    @Override
    public ImportReport convert(List<Path> inputs, OutputStream out, ImportProgress progress) throws IOException {
        Conversion conversion = new Conversion();
        ByteCountingInput.readAll(inputs, progress, (input, in) -> conversion.readFile(input, in, progress));
        Dataset dataset = new Dataset(ImportText.titleOf("PLOVER events: ", inputs), FORMAT_NOTE,
                List.copyOf(conversion.sources.values()), conversion.actors.build(), conversion.events, List.of(),
                Extras.NONE);
        DatasetWriter.write(dataset, Filter.NONE, out);
        return ImportReport.of(conversion.records, dataset, conversion.problems.all());
    }

    /** The state of one conversion, across its input files. */
    private static final class Conversion implements PloverRecord.Sink {
        final ProblemList problems = new ProblemList();
        final PloverActors actors = new PloverActors();
        final Map<String, Source> sources = new LinkedHashMap<>();
        final Slugs sourceIds = new Slugs("plover-src-");
        final Slugs eventIds = new Slugs("plover-");
        final Set<String> ploverIds = new HashSet<>();
        final List<Event> events = new ArrayList<>();
        Path file;
        long records;

        void readFile(Path input, InputStream in, ImportProgress progress) throws IOException {
            file = input;
            new JsonRecordReader(this::record, (line, column, message) -> problems.add(input, line, column, message),
                    progress).read(in);
        }

        private void record(long line, long column, JsonNode node) {
            records++;
            new PloverRecord(node, message -> problems.add(file, line, column, message)).toEvent(this)
                    .ifPresent(events::add);
        }

        @Override
        public String eventId(String ploverId) {
            return ploverIds.add(ploverId) ? eventIds.unique(ImportText.shortened(ploverId, 80)) : null;
        }

        @Override
        public String source(String title, String publisher, String url, JsonNode citeInfo) {
            String named = title != null ? title : "PLOVER file " + file.getFileName();
            String key = url != null ? url : named + '\t' + publisher;
            return sources.computeIfAbsent(key, k -> new Source(sourceIds.unique(ImportText.shortened(named, 80)),
                    named, publisher, null, url, null, citeInfo == null ? Extras.NONE
                    : Extras.of(Map.of("x-plover-cite-info", citeInfo.toString())))).id();
        }

        @Override
        public PloverActors actors() {
            return actors;
        }
    }
}
