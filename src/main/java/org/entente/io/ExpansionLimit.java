package org.entente.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/**
 * The bytes a compressed input expands to, passed up to a limit and then refused, so that a zip or gzip
 * bomb stops with a problem instead of filling the disk, the heap or a store.
 */
public final class ExpansionLimit extends FilterInputStream {
    /** The expanded bytes passed their limit; a {@link ZipException}, as a damaged archive is. */
    public static final class Expanded extends ZipException {
        Expanded(String message) {
            super(message);
        }
    }

    private final long limit;
    private final String refusal;
    private long passed;

    /** {@code refusal} is the problem's message: what was refused, in the input's terms. */
    public ExpansionLimit(InputStream in, long limit, String refusal) {
        super(in);
        this.limit = limit;
        this.refusal = refusal;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(0, n));
        return n;
    }

    private void count(int n) throws Expanded {
        passed += n;
        if (passed > limit) {
            throw new Expanded(refusal);
        }
    }
}
