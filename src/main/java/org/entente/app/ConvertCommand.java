package org.entente.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.entente.convert.HistorianImporter;
import org.entente.convert.ImportFormat;
import org.entente.convert.ImportProblem;
import org.entente.convert.ImportProgress;
import org.entente.convert.ImportReport;
import org.entente.convert.Importer;
import org.entente.export.AtomicFile;

/**
 * {@code convert --from FORMAT IN... --out OUT [--to json|store] [--origin TEXT]}: converts files of
 * another format into one {@code entente/1} dataset, written whole or not at all (gzip-compressed when OUT
 * ends in {@code .gz}), and lists every row it could not read. {@code --to store} writes a DuckDB store
 * instead, for datasets larger than memory, streamed as the rows are read; {@code --from entente} then
 * takes an {@code entente/1} file. {@code --origin} says where Office of the Historian files come from
 * (repository and commit), which the files themselves do not say.
 */
final class ConvertCommand {
    /** More rows than this that could not be read are counted, not listed. */
    private static final int LISTED_PROBLEMS = 50;

    private ConvertCommand() {
    }

    /** The name {@code --from} takes for the project's own format, which only a store is converted from. */
    static final String ENTENTE = "entente";

    /** {@code format} is null for {@link #ENTENTE}. */
    record Arguments(ImportFormat format, List<Path> inputs, Path out, String origin, boolean store) {
        Importer importer() {
            return origin == null ? format.importer() : new HistorianImporter(origin);
        }

        String title() {
            return format == null ? "entente/1" : format.title();
        }
    }

    static Arguments parse(List<String> args) throws GenerateCommand.UsageException {
        ImportFormat format = null;
        boolean entente = false;
        boolean store = false;
        Path out = null;
        String origin = null;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--from") && i + 1 < args.size()) {
                String name = args.get(++i);
                entente = name.equals(ENTENTE);
                format = entente ? null : ImportFormat.byId(name).orElseThrow(() -> new GenerateCommand.UsageException(
                        "unknown format \"" + name + "\": expected one of " + formatIds() + ", " + ENTENTE));
            } else if (arg.equals("--to") && i + 1 < args.size()) {
                String to = args.get(++i);
                if (!to.equals("json") && !to.equals("store")) {
                    throw new GenerateCommand.UsageException("--to takes json or store, not \"" + to + "\"");
                }
                store = to.equals("store");
            } else if (arg.equals("--out") && i + 1 < args.size()) {
                out = Path.of(args.get(++i));
            } else if (arg.equals("--origin") && i + 1 < args.size()) {
                origin = args.get(++i);
            } else if (arg.startsWith("-")) {
                throw new GenerateCommand.UsageException("unexpected argument \"" + arg + "\"");
            } else {
                inputs.add(Path.of(arg));
            }
        }
        if ((format == null && !entente) || out == null || inputs.isEmpty()) {
            throw new GenerateCommand.UsageException("--from, at least one input file and --out are all required");
        }
        for (Path input : inputs) {
            if (input.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                throw new GenerateCommand.UsageException("the output must not be one of the inputs: " + out);
            }
        }
        if (origin != null && format != ImportFormat.HISTORIAN) {
            throw new GenerateCommand.UsageException("--origin is for --from historian only");
        }
        if (entente && (!store || inputs.size() != 1)) {
            throw new GenerateCommand.UsageException("--from entente takes one file, and converts it --to store");
        }
        return new Arguments(format, inputs, out, origin, store);
    }

    private static String formatIds() {
        return String.join(", ", Arrays.stream(ImportFormat.values()).map(ImportFormat::id).toList());
    }

    /** Returns the exit code: 0 converted, 1 nothing could be converted. */
    static int run(Arguments arguments, PrintStream out, PrintStream err) throws IOException {
        for (Path input : arguments.inputs()) {
            if (!Files.isReadable(input)) {
                err.println(input + ": cannot be read");
                return 1;
            }
        }
        if (arguments.store()) {
            return StoreConversion.run(arguments, out, err);
        }
        ImportReport[] report = new ImportReport[1];
        boolean gzip = arguments.out().toString().endsWith(".gz");
        AtomicFile.write(arguments.out(), stream -> {
            if (!gzip) {
                report[0] = arguments.importer().convert(arguments.inputs(), stream, ImportProgress.NONE);
                return;
            }
            // GZIPOutputStream writes no file name and a zero time into its header: the bytes depend on the data alone.
            try (OutputStream zipped = new GZIPOutputStream(stream, 1 << 16)) {
                report[0] = arguments.importer().convert(arguments.inputs(), zipped, ImportProgress.NONE);
            }
        });
        return reported(arguments, report[0], out, err, "");
    }

    /** Lists the problems and says what was converted; returns the exit code. */
    static int reported(Arguments arguments, ImportReport report, PrintStream out, PrintStream err, String more) {
        List<String> problems = report.problems().stream().map(ImportProblem::format).toList();
        for (String problem : problems.subList(0, Math.min(LISTED_PROBLEMS, problems.size()))) {
            err.println(problem);
        }
        if (problems.size() > LISTED_PROBLEMS) {
            err.println("... and " + (problems.size() - LISTED_PROBLEMS) + " more rows with problems");
        }
        out.println("Converted " + Cli.plural((int) Math.min(Integer.MAX_VALUE, report.rowsRead()), "row") + " of "
                + arguments.title() + " into " + arguments.out() + ": "
                + Cli.plural(report.events(), "event") + ", " + Cli.plural(report.actors(), "actor") + ", "
                + Cli.plural(report.sources(), "source") + "; " + Cli.plural(problems.size(), "problem") + "." + more);
        return report.events() == 0 && report.rowsRead() > 0 ? 1 : 0;
    }
}
