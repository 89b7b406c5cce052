package org.entente.generate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.entente.index.IndexedDataset;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.io.LoadMonitor;

/** Generated datasets for tests, written and loaded back in memory as a file of them would be. */
public final class GeneratedDatasets {
    private GeneratedDatasets() {
    }

    public static IndexedDataset inMemory(GeneratorOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DatasetGenerator().write(options, out);
        return IndexedDataset.of(new DatasetLoader(LoadMode.STRICT)
                .load(new ByteArrayInputStream(out.toByteArray()), "generated.json", -1, LoadMonitor.NONE).dataset().orElseThrow());
    }
}
