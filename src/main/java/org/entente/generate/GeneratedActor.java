package org.entente.generate;

import java.util.List;
import org.entente.model.ActorKind;

/**
 * An actor as it will be written. {@code shortName} is what a headline would use (a surname, an acronym);
 * {@code home} is the index of the capital where the actor hosts events.
 */
record GeneratedActor(String id, String name, String shortName, ActorKind kind, String country,
                      List<String> aliases, String description, List<Term> memberships, int home) {

    /** A position held in another actor, with its EDTF interval. */
    record Term(String organization, String role, String when) {
    }
}
