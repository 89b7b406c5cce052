package org.entente.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.entente.generate.DatasetGenerator;
import org.entente.generate.GeneratorOptions;

/** Generates the suite's datasets once under the bench folder and reuses them on later runs. */
final class BenchDatasets {
    static final long SEED = 1;

    private BenchDatasets() {
    }

    static Path events(Path dir, BenchSize size) throws IOException {
        return events(dir, size.events, size.actors);
    }

    static Path events(Path dir, int events, int actors) throws IOException {
        Path file = dir.resolve("events-" + events + "-actors-" + actors + "-seed-" + SEED + ".json");
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                new DatasetGenerator().write(new GeneratorOptions(events, actors, SEED), out);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return file;
    }
}
