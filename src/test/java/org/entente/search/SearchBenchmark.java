package org.entente.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.entente.bench.LoadedDatasets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One keystroke of the search field: a short prefix, which matches most of a generated dataset, and two
 * words, which need the posting lists intersected.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchBenchmark {
    public static final String SHORT_PREFIX = "th";
    public static final String TWO_WORDS = "sanctions rel";
    private static final int LIMIT = 20;
    private static final Map<String, SearchIndex> INDEXES = new ConcurrentHashMap<>();

    @Param("")
    public String dataset;

    private SearchIndex index;

    @Setup(Level.Trial)
    public void setUp() {
        index = INDEXES.computeIfAbsent(dataset, path -> SearchIndex.of(LoadedDatasets.get(path).dataset()));
    }

    @Benchmark
    public List<SearchHit> shortPrefix() {
        return index.search(SHORT_PREFIX, LIMIT, () -> false);
    }

    @Benchmark
    public List<SearchHit> twoWords() {
        return index.search(TWO_WORDS, LIMIT, () -> false);
    }
}
