package org.entente.io;

import java.io.IOException;

/** A streamed file names more records further down than a stream may remember ({@link ReadLimits}); reading stops. */
final class TooManyForwardReferences extends IOException {
    TooManyForwardReferences(int limit) {
        super("more than " + limit + " references to actors or sources further down the file: a streamed load"
                + " remembers each until the end of the file, so list the sources and actors before the events"
                + " and relations that name them");
    }
}
