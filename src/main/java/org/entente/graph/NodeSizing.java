package org.entente.graph;

/** What a node's size says: its interactions in the window, or its PageRank centrality there. */
public enum NodeSizing {
    ACTIVITY("Size by interactions"),
    CENTRALITY("Size by PageRank");

    private final String label;

    NodeSizing(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
