package org.entente.io;

import java.util.Locale;
import java.util.Optional;

/**
 * How much memory a dataset file needs once open, told before reading it, so that a file too large for
 * the JVM is refused with what to do instead of failing half way. Measured: the loaded and indexed
 * dataset holds about 1.2 times the file's size at a million events (1.3 at 200,000, more for small
 * files), and the views' indexes (graph pairs, each actor's events, search) add about as much again.
 */
public record MemoryNeed(long bytes) {
    /** Heap per byte of file, with the views' indexes. */
    static final double PER_FILE_BYTE = 2.5;
    /** What the app needs besides any dataset. */
    static final long BASE = 96L << 20;

    /** The memory a file of this size needs, open in the app. */
    public static MemoryNeed ofFile(long fileBytes) {
        return new MemoryNeed(BASE + (long) (fileBytes * PER_FILE_BYTE));
    }

    /**
     * Why this need cannot be met by a JVM that may grow to {@code maxHeap} and already uses {@code used}
     * (the dataset on show stays until the new one is ready), or empty when it can.
     */
    public Optional<String> shortfall(long maxHeap, long used) {
        if (maxHeap == Long.MAX_VALUE || bytes <= maxHeap - used) {
            return Optional.empty();
        }
        long suggested = Math.max(1, (long) Math.ceil((bytes + used) * 1.25 / (1L << 30)));
        return Optional.of(String.format(Locale.ROOT, "this file needs about %s of memory to open and Entente has %s "
                + "free of %s: start it with more, for example java -Xmx%dg -jar entente.jar (or MAVEN_OPTS=-Xmx%dg "
                + "for mvn javafx:run)", size(bytes), size(Math.max(0, maxHeap - used)), size(maxHeap), suggested,
                suggested));
    }

    /** What running out of memory half way through a load says, with what to do. */
    public static String ranOut(long maxHeap) {
        long suggested = Math.max(2, 2 * (long) Math.ceil(maxHeap / (double) (1L << 30)));
        return String.format(Locale.ROOT, "Entente ran out of memory (%s) while opening this file; the dataset on show "
                + "is unchanged: start it with more, for example java -Xmx%dg -jar entente.jar", size(maxHeap), suggested);
    }

    private static String size(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%d MB", bytes >> 20);
    }
}
