package org.entente.seed;

import java.io.IOException;
import java.nio.file.Path;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.model.Dataset;

/** The bundled seed dataset, loaded strictly, for tests that meet the app on it. */
public final class Seed {
    public static final Path FILE = Path.of("data/dprk-china-russia-2025.json");

    private Seed() {
    }

    public static Dataset load() throws IOException {
        return new DatasetLoader(LoadMode.STRICT).load(FILE).dataset().orElseThrow();
    }
}
