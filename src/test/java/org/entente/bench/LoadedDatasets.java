package org.entente.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.entente.index.IndexedDataset;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;

/** Datasets loaded once per JVM: the suite runs several benchmarks in its own JVM on the same million events. */
public final class LoadedDatasets {
    private static final Map<String, IndexedDataset> LOADED = new ConcurrentHashMap<>();

    private LoadedDatasets() {
    }

    public static IndexedDataset get(String path) {
        return LOADED.computeIfAbsent(path, p -> IndexedDataset.of(
                new DatasetLoader(LoadMode.STRICT).load(Path.of(p)).dataset().orElseThrow()));
    }
}
