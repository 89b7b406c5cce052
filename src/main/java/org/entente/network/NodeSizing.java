package org.entente.network;

/** What a node's size says: its interactions in the window, or its PageRank centrality there. */
public enum NodeSizing {
    ACTIVITY,
    CENTRALITY
}
