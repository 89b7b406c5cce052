package org.entente.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.entente.convert.ImportFormat;
import org.entente.convert.ImportProblem;
import org.entente.convert.ImportProgress;
import org.entente.convert.ImportReport;
import org.entente.export.AtomicFile;

/**
 * {@code convert --from FORMAT IN... --out OUT}: converts files of another format into
 * one {@code entente/1} dataset, written whole or not at all, and lists every row it could not read.
 */
final class ConvertCommand {
    /** More rows than this that could not be read are counted, not listed. */
    private static final int LISTED_PROBLEMS = 50;

    private ConvertCommand() {
    }

    record Arguments(ImportFormat format, List<Path> inputs, Path out) {
    }

    static Arguments parse(List<String> args) throws GenerateCommand.UsageException {
        ImportFormat format = null;
        Path out = null;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--from") && i + 1 < args.size()) {
                String name = args.get(++i);
                format = ImportFormat.byId(name).orElseThrow(() -> new GenerateCommand.UsageException(
                        "unknown format \"" + name + "\": expected one of " + formatIds()));
            } else if (arg.equals("--out") && i + 1 < args.size()) {
                out = Path.of(args.get(++i));
            } else if (arg.startsWith("-")) {
                throw new GenerateCommand.UsageException("unexpected argument \"" + arg + "\"");
            } else {
                inputs.add(Path.of(arg));
            }
        }
        if (format == null || out == null || inputs.isEmpty()) {
            throw new GenerateCommand.UsageException("--from, at least one input file and --out are all required");
        }
        for (Path input : inputs) {
            if (input.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                throw new GenerateCommand.UsageException("the output must not be one of the inputs: " + out);
            }
        }
        return new Arguments(format, inputs, out);
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
        ImportReport[] report = new ImportReport[1];
        AtomicFile.write(arguments.out(), stream ->
                report[0] = arguments.format().importer().convert(arguments.inputs(), stream, ImportProgress.NONE));
        List<ImportProblem> problems = report[0].problems();
        for (ImportProblem problem : problems.subList(0, Math.min(LISTED_PROBLEMS, problems.size()))) {
            err.println(problem.format());
        }
        if (problems.size() > LISTED_PROBLEMS) {
            err.println("... and " + (problems.size() - LISTED_PROBLEMS) + " more rows with problems");
        }
        out.println("Converted " + Cli.plural((int) Math.min(Integer.MAX_VALUE, report[0].rowsRead()), "row") + " of "
                + arguments.format().title() + " into " + arguments.out() + ": "
                + Cli.plural(report[0].events(), "event") + ", " + Cli.plural(report[0].actors(), "actor") + ", "
                + Cli.plural(report[0].sources(), "source") + "; " + Cli.plural(problems.size(), "problem") + ".");
        return report[0].events() == 0 && report[0].rowsRead() > 0 ? 1 : 0;
    }
}
