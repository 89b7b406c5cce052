package org.entente.convert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
import org.entente.text.ProblemText;

/**
 * Imports ACLED's CSV export (the 31 columns of its current codebook, found by name; "NA" or empty for a
 * missing value). Each row becomes an event between its actors and their associated actors, at its place,
 * cited to each source it names, with its date and place no more precise than ACLED's precision codes say.
 * See docs/IMPORT.md for the mapping. The dataset is built in memory before it is written, because an
 * associated actor's kind may only be known from a later row.
 */
public final class AcledImporter implements Importer {
    /** The longest record read, in characters: far beyond a real row, small enough to hold. */
    static final int LONGEST_RECORD = 16 << 20;
    /** Extra columns are kept as fields named after them; the loader refuses longer field names. */
    private static final int LONGEST_EXTRA_NAME = 200;
    private static final String FORMAT_NOTE = "Imported from ACLED (Armed Conflict Location & Event Data). Dates"
            + " and places are no more precise than ACLED's time and geo precision codes say: an event known to"
            + " the week spans the days around its coded day, one known to the month is that month, and a place"
            + " known only to its region is named so and has no coordinates (they are kept in"
            + " location.x-acled-latitude/longitude). Actor 1 and actor 2 do not imply who acted on whom.";

    public AcledImporter() {
    }

    @Override
    public ImportReport convert(List<Path> inputs, OutputStream out, ImportProgress progress) throws IOException {
        Conversion conversion = new Conversion(progress);
        ByteCountingInput.readAll(inputs, progress, (input, in) -> conversion.readFile(input,
                new CsvReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), LONGEST_RECORD)));
        Dataset dataset = new Dataset(ImportText.titleOf("ACLED events: ", inputs), FORMAT_NOTE,
                List.copyOf(conversion.sources.values()), conversion.actors.build(), conversion.events, List.of(),
                Extras.NONE);
        DatasetWriter.write(dataset, Filter.NONE, out);
        return ImportReport.of(conversion.rows, dataset, conversion.problems.all());
    }

    /** The state of one conversion, across its input files. */
    private static final class Conversion {
        final ImportProgress progress;
        final ProblemList problems = new ProblemList();
        final AcledActors actors = new AcledActors();
        final Map<String, Source> sources = new LinkedHashMap<>();
        final Slugs sourceIds = new Slugs("acled-src-");
        final Slugs eventIds = new Slugs("acled-");
        final Set<String> eventIdsSeen = new HashSet<>();
        final List<Event> events = new ArrayList<>();
        long rows;

        Conversion(ImportProgress progress) {
            this.progress = progress;
        }

        void readFile(Path file, CsvReader csv) throws IOException {
            CsvReader.Row header = csv.next();
            if (header == null) {
                problems.add(file, 1, "the file is empty: expected ACLED's header row");
                return;
            }
            if (header.problem() != null) {
                problems.add(file, header.line(), "the header row cannot be read: " + header.problem());
                return;
            }
            NamedColumns columns = AcledColumns.of(header.fields());
            if (!columns.missingRequired().isEmpty()) {
                problems.add(file, header.line(), "not an ACLED header: no column "
                        + String.join(", ", columns.missingRequired()) + "; the file was skipped");
                return;
            }
            Map<String, String> extraNames = extraNames(file, header.line(), columns);
            for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
                ByteCountingInput.stopIfCancelled(progress);
                rows++;
                if (row.problem() != null) {
                    problems.add(file, row.line(), row.problem());
                } else {
                    long line = row.line();
                    AcledRow read = new AcledRow(columns, row.fields(), message -> problems.add(file, line, message));
                    read.toEvent(this::eventId, actors, this::source, extraNames).ifPresent(events::add);
                }
            }
        }

        /** The field name each extra column is kept under, leaving out (and reporting) names too long to be one. */
        private Map<String, String> extraNames(Path file, long line, NamedColumns columns) {
            Map<String, String> names = new LinkedHashMap<>();
            for (String column : columns.extraColumns()) {
                String name = "x-acled-" + Slugs.slug(column);
                if (name.length() > LONGEST_EXTRA_NAME) {
                    problems.add(file, line, "the column name \"" + ProblemText.quote(column)
                            + "\" is too long to keep its values under; they were left out");
                } else {
                    names.put(column, name);
                }
            }
            return names;
        }

        /** The event's id, or null when an earlier row had the same ACLED id. */
        private String eventId(String acledId) {
            return eventIdsSeen.add(acledId) ? eventIds.unique(ImportText.shortened(acledId, 80)) : null;
        }

        private String source(String name) {
            return sources.computeIfAbsent(name, n -> new Source(sourceIds.unique(ImportText.shortened(n, 80)), n, n,
                    null, null, null, Extras.NONE)).id();
        }
    }
}
