package org.entente.lanes;

/** How the timeline groups events into lanes. */
public enum LaneMode {
    NONE, KIND, TAG, ACTOR
}
