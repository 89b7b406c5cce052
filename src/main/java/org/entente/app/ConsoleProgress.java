package org.entente.app;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.entente.convert.ImportProgress;

/**
 * A conversion's progress on a terminal, one line redrawn in place at most four times a second: how much is
 * read, how many events, how fast, and, from the share of the input read so far, how long is left. Then
 * the store's build, a line a phase. Off a terminal (a pipe, a log), it says nothing until the end.
 */
final class ConsoleProgress implements ImportProgress {
    private static final long EVERY_NANOS = 250_000_000L;

    private final PrintStream err;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long shown;
    private long done;
    private long total;
    private LongSupplier events = () -> 0;
    private boolean reading = true;
    private int width;

    ConsoleProgress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void bytesRead(long done, long total) {
        this.done = done;
        this.total = total;
        show(false);
    }

    /** Where the count of events written comes from. */
    void counting(LongSupplier written) {
        events = written;
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    /** A phase of the store's build begins; the reading line is finished first. */
    void phase(String phase) {
        if (!terminal) {
            return;
        }
        if (reading) {
            show(true);
            err.println();
            reading = false;
        }
        err.println("building the store: " + phase);
    }

    private void show(boolean now) {
        long time = System.nanoTime();
        if (!terminal || (!now && time - shown < EVERY_NANOS)) {
            return;
        }
        shown = time;
        double seconds = (time - started) / 1e9;
        StringBuilder line = new StringBuilder();
        if (total > 0) {
            line.append(String.format(Locale.ROOT, "%,.0f of %,.0f MB (%.0f%%), ", done / 1e6, total / 1e6, 100.0 * done / total));
        }
        long written = events.getAsLong();
        line.append(String.format(Locale.ROOT, "%,d events, %,.0f a second", written, seconds > 0 ? written / seconds : 0));
        if (total > 0 && done > 0 && done < total) {
            long left = Math.round(seconds * (total - done) / done);
            line.append(String.format(Locale.ROOT, ", %d:%02d left", left / 60, left % 60));
        }
        String text = line.toString();
        err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
        width = text.length();
        err.flush();
    }
}
