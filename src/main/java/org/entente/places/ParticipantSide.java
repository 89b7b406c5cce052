package org.entente.places;

import java.util.Locale;
import java.util.Set;

/**
 * Which way a participant's role points a flow between countries: a state visit goes from the visitor's
 * country to the host's, a letter from its author's to its addressee's. The words are those the importers
 * and the generator write: Historian visitor and host, GDELT initiator and target, ICEWS source and target,
 * PLOVER actor and recipient, the seed's author, supplier, addressee and recipient. Any other role (attendee,
 * subject, mediator, party, ACLED's sides, an office such as "President") points nowhere.
 */
enum ParticipantSide {
    INITIATING, RECEIVING, NEITHER;

    private static final Set<String> INITIATING_ROLES =
            Set.of("visitor", "initiator", "source", "author", "supplier", "sender", "actor");
    private static final Set<String> RECEIVING_ROLES = Set.of("host", "target", "recipient", "addressee");

    static ParticipantSide of(String role) {
        if (role == null) {
            return NEITHER;
        }
        String word = role.toLowerCase(Locale.ROOT);
        return INITIATING_ROLES.contains(word) ? INITIATING : RECEIVING_ROLES.contains(word) ? RECEIVING : NEITHER;
    }
}
