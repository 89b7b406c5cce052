package org.entente.io;

import org.entente.model.Participant;

/**
 * One shared {@link Participant} per actor and role. Actor ids and roles come from the string pool, so
 * they are compared by identity, and a participant seen before costs a probe, not an object. Past
 * {@code limit} participants it starts again empty, as the {@link Interner} does, for the same reason.
 */
final class ParticipantPool {
    private static final int FIRST_CAPACITY = 1024;
    private final int limit;
    private Participant[] table = new Participant[FIRST_CAPACITY];
    private int size;

    ParticipantPool(int limit) {
        this.limit = limit;
    }

    Participant get(String actor, String role) {
        int mask = table.length - 1;
        for (int slot = slot(actor, role, mask); ; slot = (slot + 1) & mask) {
            Participant held = table[slot];
            if (held == null) {
                Participant made = new Participant(actor, role);
                table[slot] = made;
                if (++size > limit) {
                    table = new Participant[FIRST_CAPACITY];
                    size = 0;
                } else if (size * 2 > table.length) {
                    grow();
                }
                return made;
            }
            if (held.actor() == actor && held.role() == role) {
                return held;
            }
        }
    }

    private static int slot(String actor, String role, int mask) {
        int hash = System.identityHashCode(actor) * 31 + System.identityHashCode(role);
        return (hash ^ (hash >>> 16)) & mask;
    }

    private void grow() {
        Participant[] old = table;
        table = new Participant[old.length * 2];
        int mask = table.length - 1;
        for (Participant p : old) {
            if (p != null) {
                int slot = slot(p.actor(), p.role(), mask);
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = p;
            }
        }
    }
}
