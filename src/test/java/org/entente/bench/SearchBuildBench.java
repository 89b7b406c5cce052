package org.entente.bench;

import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.entente.model.Dataset;
import org.entente.search.SearchIndex;

/** Times building the search index of a loaded dataset and measures the heap the index keeps, directly like the load. */
final class SearchBuildBench {
    private SearchBuildBench() {
    }

    static List<BenchResult> run(Path file, BenchSize size) {
        Dataset dataset = LoadedDatasets.get(file.toString()).dataset();
        SearchIndex.of(dataset);
        double[] seconds = new double[size.repeats];
        for (int i = 0; i < size.repeats; i++) {
            long start = System.nanoTime();
            SearchIndex.of(dataset);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);

        long before = LoadBench.settledHeap();
        SearchIndex kept = SearchIndex.of(dataset);
        long retained = LoadBench.settledHeap() - before;
        Reference.reachabilityFence(kept);
        int n = dataset.events().size();
        // On tiny data the collector's noise can exceed the index; a byte keeps the figure positive.
        return List.of(new BenchResult("search index build", seconds[seconds.length / 2], "s", "", n),
                new BenchResult("search index heap retained", Math.max(1, retained) / 1e6, "MB", "", n));
    }
}
