package org.entente.convert;

import java.io.IOException;

/** What a worker thread threw, thrown again on the thread that waits for it, as the same kind of failure. */
final class ThrownElsewhere {
    private ThrownElsewhere() {
    }

    /** Throws {@code cause} itself when it is an I/O error or unchecked; anything else wrapped as an I/O error. */
    static IOException rethrow(Throwable cause) throws IOException {
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new IOException(cause);
    }
}
