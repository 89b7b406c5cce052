package org.entente.lanes;

/** How the timeline groups events into lanes. */
public enum LaneMode {
    NONE("All events"), KIND("By kind"), TAG("By tag"), ACTOR("By actor");

    private final String label;

    LaneMode(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
