package org.entente.graph;

/** What a node's colour says. */
public enum NodeColoring {
    KIND("Colour by kind"),
    COMMUNITY("Colour by community");

    private final String label;

    NodeColoring(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
