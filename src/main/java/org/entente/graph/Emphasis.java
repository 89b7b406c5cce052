package org.entente.graph;

/**
 * What the frame brings forward: the selected actor or pair (from the shared selection) and what the
 * pointer is over. Hovering a node dims everything but it, its neighbours and the edges between them.
 * Indices are actors and pairs, -1 for none.
 */
record Emphasis(int selectedActor, int selectedFirst, int selectedSecond, int hoveredActor, int hoveredPair) {
    static final Emphasis NONE = new Emphasis(-1, -1, -1, -1, -1);

    boolean isSelected(int actor) {
        return actor >= 0 && (actor == selectedActor || actor == selectedFirst || actor == selectedSecond);
    }

    boolean isSelectedPair(int first, int second) {
        return selectedFirst >= 0 && first == selectedFirst && second == selectedSecond;
    }

    boolean touchesSelection(int first, int second) {
        return selectedActor >= 0 && (first == selectedActor || second == selectedActor);
    }

    boolean isHovering() {
        return hoveredActor >= 0;
    }

    boolean touchesHover(int first, int second) {
        return first == hoveredActor || second == hoveredActor;
    }
}
