package org.entente.convert;

/** Progress for tests: remembers the last figures reported, and says it is cancelled when asked to. */
final class RecordingProgress implements ImportProgress {
    private final boolean cancelled;
    private long done;
    private long total;

    RecordingProgress(boolean cancelled) {
        this.cancelled = cancelled;
    }

    @Override
    public void bytesRead(long done, long total) {
        this.done = done;
        this.total = total;
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    long done() {
        return done;
    }

    long total() {
        return total;
    }
}
