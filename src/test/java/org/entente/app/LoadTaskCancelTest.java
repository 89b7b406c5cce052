package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.index.IndexedDataset;
import org.entente.io.LoadMode;
import org.entente.io.LoadMonitor;
import org.entente.io.LoadResult;
import org.entente.seed.Seed;
import org.entente.store.ObservedStore;
import org.entente.store.EventStore;
import org.entente.store.MemoryStore;
import org.entente.workspace.DatasetPlace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A load cancelled while its store opens closes that store, which nothing else would ever close. */
@ExtendWith(ApplicationExtension.class)
class LoadTaskCancelTest {

    @Test
    void aStoreOpenedByACancelledLoadIsClosed() throws IOException, InterruptedException, TimeoutException {
        AtomicInteger closed = new AtomicInteger();
        IndexedDataset seed = IndexedDataset.of(Seed.load());
        MemoryStore memory = new MemoryStore(seed);
        EventStore store = ObservedStore.counting(memory, "close", closed);
        CountDownLatch opening = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        LoadTask task = new LoadTask(new LoadTask.Origin() {
            @Override
            public String name() {
                return "slow.duckdb";
            }

            @Override
            public DatasetPlace place() {
                return new DatasetPlace.File(Path.of("/tmp/slow.duckdb"));
            }

            @Override
            public LoadTask.Outcome load(LoadMonitor monitor, LoadMode mode) {
                opening.countDown();
                try {
                    cancelled.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new LoadTask.Outcome(this, new LoadResult(seed.dataset(), List.of(), 0, 0, 0), seed, store);
            }
        }, LoadMode.STRICT);
        Thread worker = new Thread(task);
        worker.start();
        assertTrue(opening.await(10, TimeUnit.SECONDS));
        task.cancel(false);
        cancelled.countDown();
        worker.join(10_000);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> closed.get() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, closed.get(), "closed once");
    }
}
