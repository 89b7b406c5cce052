package org.entente.io;

/** Thrown when the monitor asked to stop; the caller keeps whatever it showed before. */
public final class LoadCancelledException extends RuntimeException {
    public LoadCancelledException() {
        super("loading was cancelled", null, false, false);
    }
}
