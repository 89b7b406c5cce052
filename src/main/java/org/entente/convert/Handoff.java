package org.entente.convert;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.entente.export.IOConsumer;

/**
 * Hands items to a consumer on a thread of its own, in the order they are put, through a bounded queue of
 * batches: a producer and a consumer each keep a core busy, the consumer sees exactly the sequence it would
 * see on the producer's thread, and memory holds at most a few batches. What the consumer throws is thrown
 * to the producer at its next {@link #put} or at {@link #finish}.
 */
final class Handoff<T> implements AutoCloseable {
    private static final int BATCH = 1024;
    private static final int QUEUED_BATCHES = 4;
    private static final Object[] END = new Object[0];
    private static final long WAIT_MILLIS = 50;

    private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final Thread thread;
    private volatile Throwable failure;
    private Object[] batch = new Object[BATCH];
    private int size;

    Handoff(String name, IOConsumer<T> consumer) {
        thread = new Thread(() -> consume(consumer), name);
        thread.setDaemon(true);
        thread.start();
    }

    void put(T item) throws IOException {
        batch[size++] = item;
        if (size == BATCH) {
            send(batch);
            batch = new Object[BATCH];
            size = 0;
        }
    }

    /** Waits until the consumer has taken every item put; throws what it threw. */
    void finish() throws IOException {
        send(Arrays.copyOf(batch, size));
        size = 0;
        send(END);
        awaitConsumer();
        rethrowFailure();
    }

    private void send(Object[] items) throws IOException {
        try {
            while (!queue.offer(items, WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                rethrowFailure();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while handing over work", e);
        }
        rethrowFailure();
    }

    @SuppressWarnings("unchecked")
    private void consume(IOConsumer<T> consumer) {
        try {
            for (Object[] items = queue.take(); items != END; items = queue.take()) {
                for (Object item : items) {
                    consumer.accept((T) item);
                }
            }
        } catch (Throwable t) {
            failure = t;
        }
    }

    private void rethrowFailure() throws IOException {
        Throwable thrown = failure;
        if (thrown != null) {
            throw ThrownElsewhere.rethrow(thrown);
        }
    }

    private void awaitConsumer() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the consumer if it is still at work, and waits for it: nothing it does outlives this. */
    @Override
    public void close() {
        thread.interrupt();
        awaitConsumer();
    }
}
