package org.entente.convert;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.export.DatasetWriter;
import org.entente.model.Dataset;
import org.entente.model.Extras;
import org.entente.model.Source;
import org.entente.query.Filter;

/**
 * Imports the Office of the Historian's (U.S. Department of State) XML on the foreign travels of the
 * president and the secretary of state and the visits of foreign leaders to the United States. An input
 * may be a folder: its {@code .xml} files are read in the order of their paths, so that the same folder
 * always gives the same bytes. Each file is a source that its records' events cite. See docs/IMPORT.md.
 */
public final class HistorianImporter implements Importer {
    static final String PUBLISHER = "Office of the Historian, U.S. Department of State";
    private static final String DESCRIPTION = "Foreign travels of the presidents and secretaries of state of the"
            + " United States and visits of foreign leaders to the United States, as recorded by the "
            + PUBLISHER + " (history.state.gov), converted from its XML with Entente's importer (convert --from"
            + " historian). A trip is an event in which the traveller visits the host country, a visit one in"
            + " which the foreign leader visits the United States; each cites its file, with its record id in"
            + " x-historian-id. Places are the locale the record names, or the country alone"
            + " (location x-historian-place says which); there are no coordinates. The data is a work of the U.S."
            + " government, in the public domain, and dedicated to the public domain under CC0.";

    private final String origin;

    /** @param origin where the inputs come from (repository and commit), added to the description; may be null */
    public HistorianImporter(String origin) {
        this.origin = origin;
    }

    public HistorianImporter() {
        this(null);
    }

    @Override
    public ImportReport convert(List<Path> inputs, OutputStream out, ImportProgress progress) throws IOException {
        Map<Path, String> files = xmlFiles(inputs);
        ProblemList problems = new ProblemList();
        HistorianActors actors = new HistorianActors();
        HistorianEvents events = new HistorianEvents(actors, problems);
        Map<String, Source> sources = new LinkedHashMap<>();
        Slugs sourceIds = new Slugs("historian-");
        long[] records = new long[1];
        Set<HistorianRecord.Type> types = EnumSet.noneOf(HistorianRecord.Type.class);
        ByteCountingInput.readAll(List.copyOf(files.keySet()), progress, (file, in) -> {
            String name = files.get(file);
            new HistorianReader(file, name, problems, () -> ByteCountingInput.stopIfCancelled(progress)).read(in, record -> {
                records[0]++;
                types.add(record.type());
                Source source = sources.computeIfAbsent(name, n -> source(sourceIds.unique(n.replaceFirst("\\.xml$", "")), record));
                events.add(record, source.id());
            });
        });
        Dataset dataset = new Dataset(title(types),
                origin == null ? DESCRIPTION : DESCRIPTION + " " + origin, List.copyOf(sources.values()),
                actors.build(), events.events(), List.of(), Extras.NONE);
        DatasetWriter.write(dataset, Filter.NONE, out);
        return ImportReport.of(records[0], dataset, problems.all());
    }

    /**
     * What the dataset holds, as its title: the files of visits alone, converted on their own, were titled
     * "travels and visits" too.
     */
    static String title(Set<HistorianRecord.Type> types) {
        String what = types.equals(EnumSet.of(HistorianRecord.Type.VISIT)) ? "Visits by foreign leaders to the United States"
                : types.equals(EnumSet.of(HistorianRecord.Type.TRIP)) ? "U.S. diplomatic travels abroad"
                : "U.S. diplomatic travels and visits";
        return what + " (Office of the Historian)";
    }

    /**
     * Each input file, with the name it has in the dataset: a folder's XML files by their path inside it
     * (stable wherever the folder is), in path order; a file named on its own by its file name.
     */
    private static Map<Path, String> xmlFiles(List<Path> inputs) throws IOException {
        Map<Path, String> files = new LinkedHashMap<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                files.put(input, String.valueOf(input.getFileName()));
                continue;
            }
            List<Path> found = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(input)) {
                walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".xml")).forEach(found::add);
            }
            found.stream().map(p -> Map.entry(p, input.relativize(p).toString().replace('\\', '/')))
                    .sorted(Map.Entry.comparingByValue())
                    .forEach(e -> files.put(e.getKey(), e.getValue()));
        }
        return files;
    }

    /** The source of one file, titled after its first record: whose travels, or which visits. */
    private static Source source(String id, HistorianRecord first) {
        String title = first.type() == HistorianRecord.Type.TRIP
                ? "Travels abroad of " + (first.get("name") == null ? "a U.S. official" : first.get("name"))
                + " (" + first.fileName() + ")"
                : "Visits by foreign leaders to the United States (" + first.fileName() + ")";
        return new Source(id, title, PUBLISHER, null, null, null,
                Extras.of(Map.of("x-historian-file", JsonText.string(first.fileName()))));
    }
}
