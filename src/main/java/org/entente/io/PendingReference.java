package org.entente.io;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * A reference to an actor or source that had not appeared yet when it was read; it is checked once the
 * whole file is read, because datasets may list records in any order.
 * {@code memberIndex} is the membership's position for membership references, -1 otherwise.
 */
record PendingReference(Target target, String id, JsonLocation at, String path, int recordPosition,
                        int memberIndex) {

    enum Target {
        ACTOR("actor", "/actors"), SOURCE("source", "/sources");

        final String noun;
        final String list;

        Target(String noun, String list) {
            this.noun = noun;
            this.list = list;
        }
    }
}
