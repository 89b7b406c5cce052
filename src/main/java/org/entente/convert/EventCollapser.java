package org.entente.convert;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.entente.export.IOConsumer;
import org.entente.files.TempFiles;

/**
 * Merges rows that describe the same event, in bounded memory, as an external sort that combines while it
 * sorts. Rows merge into a buffer of at most {@code bufferLimit} events keyed by {@link EventKey}; when it
 * is full, its events are sorted by key and spilled to a temporary file as one sorted run, and the buffer
 * starts over. At the end the runs and the last buffer are merged by key, and events with the same key in
 * different runs merge as well. Memory holds one buffer, and one event and the repeating Strings
 * ({@link RunStrings}) per run; the output is in key order, that is by day. Runs are merged in the order
 * they were written, so the first row read keeps its values.
 */
final class EventCollapser implements Closeable {
    private static final int STREAM_BUFFER = 1 << 16;

    private final int bufferLimit;
    private final Path tempDir;
    private final Map<EventKey, PendingEvent> buffer = new HashMap<>();
    private final List<Path> runs = new ArrayList<>();

    EventCollapser(int bufferLimit, Path tempDir) {
        if (bufferLimit < 1) {
            throw new IllegalArgumentException("bufferLimit must be positive: " + bufferLimit);
        }
        this.bufferLimit = bufferLimit;
        this.tempDir = tempDir;
    }

    void add(PendingEvent event) throws IOException {
        buffer.merge(event.key, event, PendingEvent::absorb);
        if (buffer.size() >= bufferLimit) {
            spill();
        }
    }

    /** How many sorted runs went to disk so far. */
    int spilledRuns() {
        return runs.size();
    }

    /** Hands every merged event to {@code out}, in key order. */
    void drain(IOConsumer<PendingEvent> out) throws IOException {
        PriorityQueue<Run> heads = new PriorityQueue<>((a, b) -> {
            int byKey = a.head.key.compareTo(b.head.key);
            return byKey != 0 ? byKey : Integer.compare(a.order, b.order);
        });
        List<Run> opened = new ArrayList<>();
        try {
            for (Path run : runs) {
                opened.add(new FileRun(opened.size(), run));
            }
            opened.add(new MemoryRun(opened.size(), sorted()));
            buffer.clear();
            for (Run run : opened) {
                if (run.head != null) {
                    heads.add(run);
                }
            }
            while (!heads.isEmpty()) {
                Run first = heads.poll();
                PendingEvent merged = first.take();
                requeue(heads, first);
                while (!heads.isEmpty() && heads.peek().head.key.equals(merged.key)) {
                    Run next = heads.poll();
                    merged.absorb(next.take());
                    requeue(heads, next);
                }
                out.accept(merged);
            }
        } finally {
            for (Run run : opened) {
                run.close();
            }
        }
    }

    private static void requeue(PriorityQueue<Run> heads, Run run) {
        if (run.head != null) {
            heads.add(run);
        }
    }

    private List<PendingEvent> sorted() {
        List<PendingEvent> events = new ArrayList<>(buffer.values());
        events.sort((a, b) -> a.key.compareTo(b.key));
        return events;
    }

    private void spill() throws IOException {
        Path run = tempDir == null ? TempFiles.create("entente-gdelt-run", ".bin")
                : TempFiles.create(tempDir, "entente-gdelt-run", ".bin");
        runs.add(run);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), STREAM_BUFFER))) {
            RunStrings.Out strings = new RunStrings.Out();
            for (PendingEvent event : sorted()) {
                event.writeTo(out, strings);
            }
        }
        buffer.clear();
    }

    /** Deletes the spilled runs. */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Path run : runs) {
            try {
                TempFiles.delete(run);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        runs.clear();
        if (failure != null) {
            throw failure;
        }
    }

    /** A sorted source of events with its next one at hand; {@code order} breaks ties so earlier rows come first. */
    private abstract static class Run implements Closeable {
        final int order;
        PendingEvent head;

        Run(int order) {
            this.order = order;
        }

        PendingEvent take() throws IOException {
            PendingEvent taken = head;
            head = next();
            return taken;
        }

        abstract PendingEvent next() throws IOException;

        @Override
        public void close() throws IOException {
        }
    }

    private static final class MemoryRun extends Run {
        private final Iterator<PendingEvent> events;

        MemoryRun(int order, List<PendingEvent> events) {
            super(order);
            this.events = events.iterator();
            this.head = next();
        }

        @Override
        PendingEvent next() {
            return events.hasNext() ? events.next() : null;
        }
    }

    private static final class FileRun extends Run {
        private final DataInputStream in;
        private final RunStrings.In strings = new RunStrings.In();

        FileRun(int order, Path file) throws IOException {
            super(order);
            this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), STREAM_BUFFER));
            this.head = next();
        }

        @Override
        PendingEvent next() throws IOException {
            try {
                return PendingEvent.readFrom(in, strings);
            } catch (EOFException end) {
                return null;
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
