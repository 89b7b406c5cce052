package org.entente.model;

import java.util.Locale;
import java.util.Optional;

/** What an actor is; the format names these in lower case. */
public enum ActorKind {
    PERSON, STATE, ORGANIZATION, GROUP, OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ActorKind> fromId(String id) {
        for (ActorKind kind : values()) {
            if (kind.id().equals(id)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
