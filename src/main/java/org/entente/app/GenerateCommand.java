package org.entente.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.entente.convert.JsonPipe;
import org.entente.export.AtomicFile;
import org.entente.generate.DatasetGenerator;
import org.entente.generate.GeneratorOptions;
import org.entente.store.StoreWriter;

/**
 * {@code generate --events N --actors M --seed S [--force] [--to store] OUT}: writes a synthetic dataset,
 * as an {@code entente/1} file or, with {@code --to store}, straight into a DuckDB store (a hundred million
 * events never pass through a file). Either appears whole or not at all: it is written next to OUT under a
 * temporary name and moved into place.
 */
final class GenerateCommand {
    private GenerateCommand() {
    }

    /** Thrown for arguments that make no sense; the caller prints the usage and exits 2. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    record Arguments(GeneratorOptions options, Path out, boolean force, boolean store) {
    }

    static Arguments parse(List<String> args) throws UsageException {
        Long events = null;
        Long actors = null;
        Long seed = null;
        Path out = null;
        boolean force = false;
        boolean store = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--to" -> {
                    String to = i + 1 < args.size() ? args.get(++i) : "";
                    if (!to.equals("json") && !to.equals("store")) {
                        throw new UsageException("--to takes json or store, not \"" + to + "\"");
                    }
                    store = to.equals("store");
                }
                case "--events" -> events = number(args, ++i, arg);
                case "--actors" -> actors = number(args, ++i, arg);
                case "--seed" -> seed = number(args, ++i, arg);
                case "--force" -> force = true;
                default -> {
                    if (arg.startsWith("-") || out != null) {
                        throw new UsageException("unexpected argument \"" + arg + "\"");
                    }
                    out = Path.of(arg);
                }
            }
        }
        if (events == null || actors == null || seed == null || out == null) {
            throw new UsageException("--events, --actors, --seed and the output file are all required");
        }
        if (events > GeneratorOptions.MAX_EVENTS) {
            throw new UsageException("--events must be at most " + GeneratorOptions.MAX_EVENTS);
        }
        if (actors < 2 || actors > GeneratorOptions.MAX_ACTORS) {
            throw new UsageException("--actors must be between 2 and " + GeneratorOptions.MAX_ACTORS);
        }
        return new Arguments(new GeneratorOptions(events.intValue(), actors.intValue(), seed), out, force, store);
    }

    /** The generator's JSON streamed into a store as it is written, with the progress on the terminal. */
    private static void generateStore(GeneratorOptions options, Path target, PrintStream err) throws IOException {
        ConsoleProgress progress = new ConsoleProgress(err, System.console() != null);
        try (StoreWriter writer = StoreWriter.create(target)) {
            progress.counting(writer::events);
            JsonPipe.stream(json -> {
                new DatasetGenerator().write(options, json);
                return null;
            }, target.getFileName().toString(), writer, progress);
            writer.finish(progress::phase);
        }
    }

    private static long number(List<String> args, int i, String flag) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(flag + " needs a number");
        }
        String text = args.get(i);
        try {
            long value = Long.parseLong(text);
            if (value < 0) {
                throw new UsageException(flag + " must not be negative, not " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException(flag + " needs a whole number, not \"" + text + "\"");
        }
    }

    /** Exit code 0 when written, 1 when writing failed, 2 when OUT exists and --force was not given. */
    static int run(Arguments arguments, PrintStream out, PrintStream err) {
        Path target = arguments.out().toAbsolutePath();
        if (Files.exists(target) && !arguments.force()) {
            err.println("generate: " + arguments.out() + " already exists; add --force to replace it");
            return 2;
        }
        long started = System.nanoTime();
        try {
            if (arguments.store()) {
                generateStore(arguments.options(), target, err);
            } else {
                AtomicFile.write(target, stream -> new DatasetGenerator().write(arguments.options(), stream));
            }
            GeneratorOptions o = arguments.options();
            out.printf(Locale.ROOT, "wrote %d events, %d actors, %d relations, %d sources to %s (%.1f MB in %.1f s)%n",
                    o.events(), o.actors(), o.relations(), o.sources(), arguments.out(),
                    Files.size(target) / 1e6, (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("generate: cannot write " + arguments.out() + ": " + e);
            return 1;
        }
    }
}
