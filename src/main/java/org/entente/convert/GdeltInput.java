package org.entente.convert;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.entente.io.ExpansionLimit;

/**
 * One GDELT input as it was downloaded: an export file, or the zip GDELT serves it in
 * ({@code 20180101000000.export.CSV.zip}, one CSV inside), told apart by the zip's signature rather than by
 * the file's name. A zip may expand to no more than {@value #MAX_RATIO} times its own size (GDELT's expand
 * about eight times), with a floor of {@code minUnzipped} bytes for small files, so that a zip bomb
 * stops with a problem instead of filling the disk and the heap.
 */
final class GdeltInput implements Closeable {
    static final int MAX_RATIO = 100;
    /** The least a zip may expand to, whatever its size: GDELT's own files are far below it. */
    static final long MIN_UNZIPPED = 256L << 20;
    /** A zip starts with its first entry's header, or, when it holds nothing, with its end record. */
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP_SIGNATURE = {'P', 'K', 5, 6};

    private final InputStream bytes;
    private final ZipInputStream zip;
    private final InputStream text;

    private GdeltInput(InputStream bytes, ZipInputStream zip, InputStream text) {
        this.bytes = bytes;
        this.zip = zip;
        this.text = text;
    }

    /**
     * Opens the text of a file of {@code size} bytes read from {@code in}, which it closes when closed.
     * Throws a {@link ZipException} for a zip that holds no file or cannot be read.
     */
    static GdeltInput open(InputStream in, long size, long minUnzipped) throws IOException {
        BufferedInputStream bytes = new BufferedInputStream(in, 1 << 16);
        if (!startsWithZipSignature(bytes)) {
            return new GdeltInput(bytes, null, bytes);
        }
        ZipInputStream zip = new ZipInputStream(bytes);
        if (nextFile(zip) == null) {
            zip.close();
            throw new ZipException("the zip holds no file");
        }
        long limit = Math.max(minUnzipped, MAX_RATIO * size);
        return new GdeltInput(bytes, zip, new ExpansionLimit(zip, limit, "the zipped file expands past " + (limit >> 20)
                + " MiB, over " + MAX_RATIO + " times the zip's size, as a zip bomb does"));
    }

    private static boolean startsWithZipSignature(BufferedInputStream in) throws IOException {
        in.mark(ZIP_SIGNATURE.length);
        byte[] start = in.readNBytes(ZIP_SIGNATURE.length);
        in.reset();
        return Arrays.equals(start, ZIP_SIGNATURE) || Arrays.equals(start, EMPTY_ZIP_SIGNATURE);
    }

    private static ZipEntry nextFile(ZipInputStream zip) throws IOException {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (!entry.isDirectory()) {
                return entry;
            }
        }
        return null;
    }

    InputStream text() {
        return text;
    }

    /** For a zip, once its first file is read: the name of a further file it holds, which is not read; else null. */
    String unreadFile() throws IOException {
        if (zip == null) {
            return null;
        }
        ZipEntry next = nextFile(zip);
        return next == null ? null : next.getName();
    }

    @Override
    public void close() throws IOException {
        bytes.close();
    }
}
