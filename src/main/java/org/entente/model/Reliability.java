package org.entente.model;

import java.util.Optional;

/** Admiralty (NATO) source reliability, A best to F unknown. */
public enum Reliability {
    A("completely reliable"),
    B("usually reliable"),
    C("fairly reliable"),
    D("not usually reliable"),
    E("unreliable"),
    F("reliability cannot be judged");

    private final String meaning;

    Reliability(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    /** True when this grade is at least as good as {@code minimum} (A is best). */
    public boolean atLeast(Reliability minimum) {
        return ordinal() <= minimum.ordinal();
    }

    public static Optional<Reliability> fromCode(String code) {
        if (code != null && code.length() == 1) {
            char c = code.charAt(0);
            if (c >= 'A' && c <= 'F') {
                return Optional.of(values()[c - 'A']);
            }
        }
        return Optional.empty();
    }
}
