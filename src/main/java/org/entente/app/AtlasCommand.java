package org.entente.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.export.AtomicFile;
import org.entente.geo.AtlasConverter;
import org.entente.geo.AtlasCountry;
import org.entente.geo.AtlasWriter;
import org.entente.geo.TopoJsonReader;

/**
 * {@code atlas DIR --out DIR}: converts the country shapes of the world-atlas npm package (Natural Earth in
 * TopoJSON) into the map's two bundled atlases, {@code countries-110m.atlas} and {@code countries-50m.atlas}.
 * Both inputs are read and converted before anything is written, so a bad input leaves both atlases as they
 * were; each is then written whole or not at all.
 */
final class AtlasCommand {
    /** Natural Earth's scales, each an input and an atlas: 1:110m for the world, 1:50m for zooming in. */
    private static final List<String> SCALES = List.of("110m", "50m");
    private static final String OBJECT = "countries";

    private AtlasCommand() {
    }

    record Arguments(Path source, Path out) {
    }

    static Arguments parse(List<String> args) throws GenerateCommand.UsageException {
        Path source = null;
        Path out = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--out") && i + 1 < args.size()) {
                out = Path.of(args.get(++i));
            } else if (arg.startsWith("-") || source != null) {
                throw new GenerateCommand.UsageException("unexpected argument \"" + arg + "\"");
            } else {
                source = Path.of(arg);
            }
        }
        if (source == null || out == null) {
            throw new GenerateCommand.UsageException("the world-atlas package directory and --out are both required");
        }
        return new Arguments(source, out);
    }

    /** Returns the exit code: 0 written, 1 when an input could not be read or an atlas not written. */
    static int run(Arguments arguments, PrintStream out, PrintStream err) {
        List<List<AtlasCountry>> atlases = new ArrayList<>();
        try {
            for (String scale : SCALES) {
                Path input = arguments.source().resolve(OBJECT + "-" + scale + ".json");
                atlases.add(AtlasConverter.convert(TopoJsonReader.read(input, OBJECT)));
            }
        } catch (IOException e) {
            err.println("atlas: " + e.getMessage());
            return 1;
        }
        for (int i = 0; i < SCALES.size(); i++) {
            List<AtlasCountry> countries = atlases.get(i);
            Path target = arguments.out().resolve(OBJECT + "-" + SCALES.get(i) + ".atlas");
            try {
                AtomicFile.write(target, stream -> AtlasWriter.write(countries, stream));
                int vertices = countries.stream().mapToInt(AtlasCountry::vertexCount).sum();
                out.printf(Locale.ROOT, "wrote %s: %d countries, %d vertices, %d bytes%n",
                        target, countries.size(), vertices, Files.size(target));
            } catch (IOException e) {
                err.println("atlas: cannot write " + target + ": " + e);
                return 1;
            }
        }
        return 0;
    }
}
