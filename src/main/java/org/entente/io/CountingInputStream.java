package org.entente.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/**
 * Counts the bytes read through it and tells a listener the running count every so many bytes, rather
 * than on every read, because a report may cost a hop to the UI thread. A listener may throw to stop a
 * read the user cancelled. The loader and the importers show their progress through it.
 */
public final class CountingInputStream extends FilterInputStream {
    private final long every;
    private final LongConsumer onProgress;
    private long read;
    private long nextReport;

    /**
     * @param alreadyRead where the count starts: bytes of earlier inputs of the same job
     * @param every       how many bytes between two reports
     * @param onProgress  hears the count, bytes of earlier inputs included
     */
    public CountingInputStream(InputStream in, long alreadyRead, long every, LongConsumer onProgress) {
        super(in);
        this.every = every;
        this.onProgress = onProgress;
        this.read = alreadyRead;
        this.nextReport = alreadyRead + every;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    private void advance(int n) {
        read += n;
        if (read >= nextReport) {
            nextReport = read + every;
            onProgress.accept(read);
        }
    }

    /** The count so far, bytes of earlier inputs included. */
    public long bytesRead() {
        return read;
    }
}
