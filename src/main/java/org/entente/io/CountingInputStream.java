package org.entente.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reports progress to the monitor, and stops the load when it is cancelled, as bytes are read. */
final class CountingInputStream extends FilterInputStream {
    private static final long REPORT_EVERY = 1 << 20;
    private final LoadMonitor monitor;
    private final long total;
    private long read;
    private long nextReport = REPORT_EVERY;

    CountingInputStream(InputStream in, long total, LoadMonitor monitor) {
        super(in);
        this.total = total;
        this.monitor = monitor;
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
            nextReport = read + REPORT_EVERY;
            if (monitor.isCancelled()) {
                throw new LoadCancelledException();
            }
            monitor.bytesRead(read, total);
        }
    }

    long bytesRead() {
        return read;
    }
}
