package org.entente.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.entente.store.ParquetExport;
import org.entente.store.TrinoTables;

/**
 * {@code export-parquet STORE.duckdb DIR [--location URI]}: a store's tables as Parquet folders, for a Trino
 * catalog to read in place. With {@code --location}, where Trino will see DIR (such as
 * {@code local:///entente/gdelt} or {@code s3://lake/entente/gdelt}), it also prints the statements that
 * make the tables, to run in the schema that is to hold them.
 */
final class ExportParquetCommand {
    private ExportParquetCommand() {
    }

    record Arguments(Path store, Path out, String location) {
    }

    static Arguments parse(List<String> args) throws GenerateCommand.UsageException {
        Path store = null;
        Path out = null;
        String location = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--location") && i + 1 < args.size()) {
                location = args.get(++i);
            } else if (arg.startsWith("-") || out != null) {
                throw new GenerateCommand.UsageException("unexpected argument \"" + arg + "\"");
            } else if (store == null) {
                store = Path.of(arg);
            } else {
                out = Path.of(arg);
            }
        }
        if (out == null) {
            throw new GenerateCommand.UsageException("the store and the folder to export to are both required");
        }
        return new Arguments(store, out, location);
    }

    /** Returns the exit code: 0 exported, 1 when the store could not be read or the folder not written. */
    static int run(Arguments arguments, PrintStream out, PrintStream err) {
        try {
            ParquetExport.write(arguments.store(), arguments.out());
            if (arguments.location() != null) {
                for (String statement : TrinoTables.statements(arguments.out(), arguments.location())) {
                    out.println(statement + ";");
                }
            }
            return 0;
        } catch (IOException e) {
            err.println("export-parquet: " + e.getMessage());
            return 1;
        }
    }
}
