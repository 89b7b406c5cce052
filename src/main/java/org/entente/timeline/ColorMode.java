package org.entente.timeline;

/** What an event's colour says: its kind, or its tone from cooperative to conflictual. */
public enum ColorMode {
    KIND("Colour by kind"), TONE("Colour by tone");

    private final String label;

    ColorMode(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
