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
import java.util.StringJoiner;
import org.entente.export.DatasetWriter;
import org.entente.model.Citation;
import org.entente.model.Code;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Location;
import org.entente.model.Participant;
import org.entente.query.Filter;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.entente.time.When;

/**
 * Imports ICEWS coded event data: tab-separated files with a header row, one coded event a row, NA for
 * a missing value. Each row becomes an event between its source and target actors, cited to the story
 * it was coded from; see docs/IMPORT.md for the mapping. The whole dataset is built in memory before it
 * is written, because actors' kinds depend on every row that names them.
 */
public final class IcewsImporter implements Importer {
    private static final String FORMAT_NOTE = "Imported from ICEWS coded event data. An event's kind is the root"
            + " category of its CAMEO code. Actor kinds are inferred"
            + " from names and sectors; ICEWS sectors are kept in x-icews-sectors; each citation's"
            + " x-icews-sentence is the sentence of the story the event was coded from.";

    public IcewsImporter() {
    }

    @Override
    public ImportReport convert(List<Path> inputs, OutputStream out, ImportProgress progress) throws IOException {
        Conversion conversion = new Conversion(progress);
        ByteCountingInput.readAll(inputs, progress, (input, in) ->
                conversion.readFile(input, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        Dataset dataset = conversion.builder.build(ImportText.titleOf("ICEWS events: ", inputs), FORMAT_NOTE);
        DatasetWriter.write(dataset, Filter.NONE, out);
        return ImportReport.of(conversion.rows, dataset, conversion.problems);
    }

    /** The state of one conversion, across its input files. */
    private static final class Conversion {
        final ImportProgress progress;
        final IcewsDatasetBuilder builder = new IcewsDatasetBuilder();
        final List<ImportProblem> problems = new ArrayList<>();
        final Set<String> eventIds = new HashSet<>();
        long rows;

        Conversion(ImportProgress progress) {
            this.progress = progress;
        }

        void readFile(Path file, BufferedReader reader) throws IOException {
            String headerLine = reader.readLine();
            if (headerLine == null) {
                problems.add(new ImportProblem(file, 1, "the file is empty: expected an ICEWS header row"));
                return;
            }
            IcewsHeader header = new IcewsHeader(stripByteOrderMark(headerLine));
            if (!header.missingRequired().isEmpty()) {
                problems.add(new ImportProblem(file, 1, "not an ICEWS header: no column "
                        + String.join(", ", header.missingRequired()) + "; the file was skipped"));
                return;
            }
            long lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                ByteCountingInput.stopIfCancelled(progress);
                if (line.isBlank()) {
                    continue;
                }
                rows++;
                new RowReader(file, lineNumber, header, line.split("\t", -1)).read();
            }
        }

        private static String stripByteOrderMark(String line) {
            return line.startsWith("\uFEFF") ? line.substring(1) : line;
        }

        /** One row: it adds an event, or a problem saying why it could not. */
        private final class RowReader {
            final Path file;
            final long line;
            final IcewsHeader header;
            final String[] fields;

            RowReader(Path file, long line, IcewsHeader header, String[] fields) {
                this.file = file;
                this.line = line;
                this.header = header;
                this.fields = fields;
            }

            String get(String column) {
                return header.value(fields, column);
            }

            void problem(String message) {
                problems.add(new ImportProblem(file, line, message));
            }

            void read() {
                if (fields.length != header.width()) {
                    problem("expected " + header.width() + " tab-separated fields as in the header, found "
                            + fields.length + "; the row was skipped");
                    return;
                }
                String eventId = get(IcewsHeader.EVENT_ID);
                if (eventId == null) {
                    problem("no Event ID; the row was skipped");
                    return;
                }
                When when = date();
                if (when == null) {
                    return;
                }
                if (!eventIds.add(eventId)) {
                    problem("duplicate Event ID " + ProblemText.quote(eventId) + ": an earlier row has it; the row was skipped");
                    return;
                }
                Map<String, String> extras = new LinkedHashMap<>();
                List<Participant> participants = new ArrayList<>(2);
                String sourceName = participant("Source", "source", participants);
                String targetName = participant("Target", "target", participants);
                String cameo = cameo();
                builder.add(new Event("icews-event-" + eventId, title(sourceName, targetName, cameo, eventId), when,
                        cameo == null ? null : CameoKinds.kind(CameoKinds.root(cameo)), null, location(),
                        participants, tone(), codes(cameo), List.of(), citations(extras), extrasOf(extras)));
            }

            /** The CAMEO Code, or null when it is absent or not a CAMEO code (reported). */
            private String cameo() {
                String code = get("CAMEO Code");
                if (code != null && !CameoKinds.isEventCode(code)) {
                    problem("CAMEO Code " + ProblemText.quote(code)
                            + " is not a CAMEO event code (two to four digits); the event has no kind or code");
                    return null;
                }
                return code;
            }

            /**
             * The code with its base and root, named as the GDELT importer names them. ICEWS gives the event
             * code only; CAMEO builds each code on its base and root ("0231" on "023" and "02", and a
             * three-digit code is its own base, as GDELT writes it), so they are read from the code itself.
             * ICEWS has no QuadClass, so the event has none.
             */
            private static List<Code> codes(String cameo) {
                if (cameo == null) {
                    return List.of();
                }
                List<Code> codes = new ArrayList<>(3);
                codes.add(new Code("cameo", cameo));
                if (cameo.length() >= 3) {
                    codes.add(new Code("cameo-base", cameo.substring(0, 3)));
                }
                codes.add(new Code("cameo-root", CameoKinds.root(cameo)));
                return codes;
            }

            private When date() {
                String text = get(IcewsHeader.EVENT_DATE);
                if (text == null) {
                    problem("no Event Date; the row was skipped");
                    return null;
                }
                try {
                    return Edtf.parse(text);
                } catch (EdtfException e) {
                    problem("invalid Event Date " + ProblemText.quote(text) + ": " + e.getMessage() + "; the row was skipped");
                    return null;
                }
            }

            private String participant(String side, String role, List<Participant> participants) {
                String name = get(side + " Name");
                if (name != null) {
                    String id = builder.actor(name, get(side + " Country"), get(side + " Sectors"));
                    participants.add(new Participant(id, role));
                }
                return name;
            }

            private String title(String source, String target, String cameo, String eventId) {
                String text = get("Event Text");
                String action = text != null ? text : cameo != null ? "CAMEO " + cameo : "ICEWS event " + eventId;
                StringJoiner title = new StringJoiner(" — ");
                if (source != null) {
                    title.add(source);
                }
                title.add(action);
                if (target != null) {
                    title.add(target);
                }
                return title.toString();
            }

            private double tone() {
                String text = get("Intensity");
                double value = number(text, "Intensity");
                if (!Double.isNaN(value) && (value < -10 || value > 10)) {
                    problem("Intensity " + ProblemText.quote(text) + " is outside -10..10; the event has no tone");
                    return Double.NaN;
                }
                return value;
            }

            private double number(String text, String column) {
                if (text == null) {
                    return Double.NaN;
                }
                try {
                    double value = Double.parseDouble(text);
                    if (Double.isFinite(value)) {
                        return value;
                    }
                } catch (NumberFormatException e) {
                    // reported below, as for a non-finite number
                }
                problem(column + " " + ProblemText.quote(text) + " is not a number; it was left out");
                return Double.NaN;
            }

            private Location location() {
                StringJoiner name = new StringJoiner(", ");
                for (String column : List.of("City", "Province", "Country")) {
                    String part = get(column);
                    if (part != null) {
                        name.add(part);
                    }
                }
                if (name.length() == 0) {
                    return null;
                }
                double lat = number(get("Latitude"), "Latitude");
                double lon = number(get("Longitude"), "Longitude");
                if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || Double.isNaN(lat) != Double.isNaN(lon)) {
                    problem("coordinates " + ProblemText.quote(get("Latitude")) + ", "
                            + ProblemText.quote(get("Longitude"))
                            + " are not a valid latitude and longitude; they were left out");
                    lat = Double.NaN;
                    lon = Double.NaN;
                }
                return new Location(name.toString(), CountryNames.alpha3(get("Country")).orElse(null), lat, lon);
            }

            private List<Citation> citations(Map<String, String> extras) {
                String story = get("Story ID");
                if (story == null) {
                    return List.of();
                }
                String sentence = get("Sentence Number");
                if (sentence != null) {
                    extras.put("citations/0/x-icews-sentence", JsonText.numberOrString(sentence));
                }
                return List.of(new Citation(builder.source(get("Publisher"), story), null, null, 0));
            }

            private Extras extrasOf(Map<String, String> extras) {
                for (String column : header.extraColumns()) {
                    String value = get(column);
                    if (value != null) {
                        extras.put("x-icews-" + Slugs.slug(column), JsonText.string(value));
                    }
                }
                return Extras.of(extras);
            }
        }
    }
}
