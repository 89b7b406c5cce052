package org.entente.graph;

/** What a node's colour says. */
public enum NodeColoring {
    KIND,
    COMMUNITY
}
