package org.entente.network;

import java.io.IOException;
import java.time.LocalDate;
import org.entente.index.IndexedDataset;
import org.entente.model.Dataset;
import org.entente.query.Filter;
import org.entente.seed.Seed;

/** The seed's graph of 2025, as the graph on show would export it, for the tests of the graph files. */
public final class SeedGraphs {
    private static final long DAY = 86_400_000L;
    public static final long FROM = LocalDate.of(2025, 1, 1).toEpochDay() * DAY;
    public static final long TO = LocalDate.of(2026, 1, 1).toEpochDay() * DAY;

    private SeedGraphs() {
    }

    /** The seed's window graph moved to 2025. */
    public static WindowGraph window(Dataset seed) {
        WindowGraph window = new WindowGraph(PairIndex.of(seed, Filter.NONE), IndexedDataset.of(seed).time());
        window.moveTo(FROM, TO);
        return window;
    }

    /** The seed's graph of 2025 with its relations, every actor on show, as exported. */
    public static ShownGraph shown() throws IOException {
        WindowGraph window = window(Seed.load());
        GraphScene scene = GraphScene.of(window, false, -1, 1, GraphLimits.NONE, new int[0]);
        return ShownGraphs.ofEvents("seed", window, scene, ActorGroups.none(window.pairs().actorCount()), false, true).get();
    }
}
