package org.entente.network;

/** What a node's colour says. */
public enum NodeColoring {
    KIND,
    COMMUNITY
}
