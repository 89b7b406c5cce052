package org.entente.app;

/** Which of the graph and the map the lower left of the window shows. */
enum ViewChoice {
    GRAPH("Graph"), MAP("Map"), BOTH("Both");

    private final String label;

    ViewChoice(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
