package org.entente.graph;

import org.entente.index.IndexedDataset;
import org.entente.network.PairIndex;
import org.entente.network.WindowGraph;
import org.entente.query.Filter;

/**
 * The graph's working data for one dataset and filter: who deals with whom, the window graph that
 * follows the scrubbing, what fades, and how nodes look. Building it reads every event once, so the
 * view builds it off the UI thread for large datasets. Fades and looks have room for groups as well as
 * actors (see {@link org.entente.network.GroupedTies}).
 */
record GraphData(PairIndex pairs, WindowGraph window, GraphFades fades, NodeLooks looks) {

    static GraphData build(IndexedDataset dataset, Filter filter) {
        PairIndex pairs = PairIndex.of(dataset.dataset(), filter);
        return new GraphData(pairs, new WindowGraph(pairs, dataset.time()),
                new GraphFades(2 * pairs.actorCount(), 2 * pairs.pairCount()), new NodeLooks(2 * pairs.actorCount()));
    }
}
