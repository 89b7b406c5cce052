package org.entente.bench;

/**
 * How big the suite's datasets are: {@code FULL} for the figures in docs/BENCHMARKS.md, {@code TINY} so
 * that {@code mvn verify} runs every benchmark once in seconds and the suite cannot rot.
 */
enum BenchSize {
    FULL(1_000_000, 10_000, 200, 5, 1_000, 10_000, 100_000, 1_000_000),
    TINY(3_000, 200, 20, 1, 50, 200, 1_000, 2_000);

    final int events;
    final int actors;
    /** The actors of the timeline's dataset, one lane each when grouped by actor. */
    final int laneActors;
    final int repeats;
    final int windowHits;
    /** The synthetic graph the full layout is timed on. */
    final int layoutNodes;
    final int layoutEdges;
    /** The rows of the synthetic GDELT export the importer converts. */
    final int gdeltRows;

    BenchSize(int events, int actors, int laneActors, int repeats, int windowHits, int layoutNodes, int layoutEdges,
              int gdeltRows) {
        this.events = events;
        this.actors = actors;
        this.laneActors = laneActors;
        this.repeats = repeats;
        this.windowHits = windowHits;
        this.layoutNodes = layoutNodes;
        this.layoutEdges = layoutEdges;
        this.gdeltRows = gdeltRows;
    }
}
