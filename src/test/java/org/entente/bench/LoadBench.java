package org.entente.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.entente.index.IndexedDataset;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.io.LoadResult;

/**
 * Times load + validate + index of a whole file, and measures the heap the loaded dataset keeps. Each
 * load takes seconds, so this is timed directly (warm-up, repeats, median) rather than through JMH.
 */
final class LoadBench {
    private LoadBench() {
    }

    static List<BenchResult> run(Path file, BenchSize size) throws IOException {
        long bytes = Files.size(file);
        loadAndIndex(file);
        double[] seconds = new double[size.repeats];
        int events = 0;
        for (int i = 0; i < size.repeats; i++) {
            long start = System.nanoTime();
            events = loadAndIndex(file).dataset().events().size();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        double median = seconds[seconds.length / 2];

        long before = settledHeap();
        IndexedDataset kept = loadAndIndex(file);
        long retained = settledHeap() - before;
        int n = kept.dataset().events().size();

        List<BenchResult> results = new ArrayList<>();
        results.add(new BenchResult("load + validate + index", median, "s", "<= 5", events));
        results.add(new BenchResult("load throughput", bytes / 1e6 / median, "MB/s", "", events));
        results.add(new BenchResult("file size", bytes / 1e6, "MB", "", events));
        results.add(new BenchResult("heap retained / file size", (double) retained / bytes, "x", "<= 1.5", n));
        results.add(new BenchResult("heap retained per event", (double) retained / Math.max(1, n), "bytes", "", n));
        return results;
    }

    private static IndexedDataset loadAndIndex(Path file) {
        LoadResult result = new DatasetLoader(LoadMode.STRICT).load(file);
        if (result.hasErrors()) {
            throw new IllegalStateException("the benchmark dataset has errors: " + result.problems().get(0).format());
        }
        return IndexedDataset.of(result.dataset().orElseThrow());
    }

    /** The used heap after full collections have had the chance to free everything unreachable. */
    static long settledHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
