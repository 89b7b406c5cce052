package org.entente.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.entente.files.TempFiles;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.io.LoadResult;
import org.entente.store.DuckStore;
import org.entente.io.Problem;
import org.entente.model.DatasetStats;

/**
 * The commands that work without a display: {@code validate}, {@code stats}, {@code generate}, {@code convert},
 * {@code atlas} and {@code export-parquet}.
 */
public final class Cli {
    private static final Set<String> COMMANDS = Set.of("validate", "stats", "generate", "convert", "atlas", "export-parquet", "help",
            "--help", "-h");

    private Cli() {
    }

    public static boolean isCommand(String word) {
        return COMMANDS.contains(word);
    }

    /** Runs a command and returns the process exit code: 0 fine, 1 errors in the data, 2 wrong usage. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        // A run killed earlier may have left temporary files; this run removes them before making its own.
        TempFiles.sweep();
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case "validate" -> rest.isEmpty() ? usage(err) : validate(rest, out);
            case "stats" -> rest.size() != 1 ? usage(err) : stats(Path.of(rest.get(0)), out);
            case "generate" -> parsed("generate", GenerateCommand::parse, GenerateCommand::run, rest, out, err);
            case "convert" -> convert(rest, out, err);
            case "atlas" -> parsed("atlas", AtlasCommand::parse, AtlasCommand::run, rest, out, err);
            case "export-parquet" -> parsed("export-parquet", ExportParquetCommand::parse, ExportParquetCommand::run, rest,
                    out, err);
            default -> {
                usage(out);
                yield 0;
            }
        };
    }

    private static int validate(List<String> files, PrintStream out) {
        int errors = 0;
        int warnings = 0;
        for (String file : files) {
            LoadResult result = new DatasetLoader(LoadMode.STRICT).load(Path.of(file));
            for (Problem problem : result.problems()) {
                out.println(problem.format());
            }
            errors += result.errorCount();
            warnings += result.warningCount();
        }
        out.println(plural(errors, "error") + ", " + plural(warnings, "warning") + " in " + plural(files.size(), "file"));
        return errors > 0 ? 1 : 0;
    }

    private static int stats(Path file, PrintStream out) {
        if (file.toString().endsWith(".duckdb")) {
            try (DuckStore store = DuckStore.open(file)) {
                out.print(store.stats().describe());
                return 0;
            } catch (IOException e) {
                out.println(e.getMessage());
                return 1;
            }
        }
        LoadResult result = new DatasetLoader(LoadMode.LENIENT).load(file);
        if (result.dataset().isEmpty()) {
            result.problems().forEach(p -> out.println(p.format()));
            return 1;
        }
        out.print(DatasetStats.of(result.dataset().get()).describe());
        if (result.errorCount() + result.warningCount() > 0) {
            out.println(plural(result.errorCount(), "error") + " and " + plural(result.warningCount(), "warning")
                    + "; " + plural(result.skippedRecords(), "record") + " skipped (run validate for details)");
        }
        return result.hasErrors() ? 1 : 0;
    }

    /** What a command makes of its arguments, or why they make no sense. */
    private interface Parser<A> {
        A parse(List<String> args) throws GenerateCommand.UsageException;
    }

    /** A command run on its parsed arguments, returning the exit code. */
    private interface Runner<A> {
        int run(A arguments, PrintStream out, PrintStream err);
    }

    /** Runs a command whose only failure outside its run is wrong usage, which prints the usage and exits 2. */
    private static <A> int parsed(String name, Parser<A> parser, Runner<A> runner, List<String> args,
                                  PrintStream out, PrintStream err) {
        try {
            return runner.run(parser.parse(args), out, err);
        } catch (GenerateCommand.UsageException e) {
            err.println(name + ": " + e.getMessage());
            return usage(err);
        }
    }

    private static int convert(List<String> args, PrintStream out, PrintStream err) {
        try {
            return ConvertCommand.run(ConvertCommand.parse(args), out, err);
        } catch (GenerateCommand.UsageException e) {
            err.println("convert: " + e.getMessage());
            return usage(err);
        } catch (IOException e) {
            err.println("convert: " + e.getMessage());
            return 1;
        }
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static int usage(PrintStream to) {
        to.println("""
                usage: java -jar entente.jar [FILE]          open the app, on FILE or the last or bundled dataset
                       java -jar entente.jar validate FILE...  list every problem as FILE:LINE:COL: severity: message
                       java -jar entente.jar stats FILE        print counts and the time extent
                       java -jar entente.jar generate --events N --actors M --seed S [--force] [--to store] OUT
                                                               write a synthetic dataset, the same for the same arguments
                                                               (--to store: straight into a DuckDB store)
                       java -jar entente.jar convert --from gdelt|icews|timelinejs|acled|plover|historian IN... --out OUT
                                                               convert other formats into one entente/1 dataset
                                                               (gzip-compressed when OUT ends in .gz); GDELT exports
                                                               plain or as downloaded (.export.CSV.zip); --origin TEXT
                                                               says where Office of the Historian files come from
                       java -jar entente.jar convert --from FORMAT|entente IN... --to store --out OUT.duckdb
                                                               the same into a DuckDB store, for datasets larger than
                                                               memory; --from entente takes an entente/1 file
                       java -jar entente.jar atlas WORLD_ATLAS_DIR --out DIR
                                                               convert the world-atlas package's Natural Earth
                                                               countries into the map's countries-110m.atlas and
                                                               countries-50m.atlas
                       java -jar entente.jar export-parquet STORE.duckdb DIR [--location URI]
                                                               a store's tables as Parquet for Trino; with --location
                                                               (where Trino sees DIR), print its CREATE TABLEs""");
        return 2;
    }
}
