package org.entente.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HandoffTest {
    @Test
    void theConsumerTakesEveryItemInOrderOnAThreadOfItsOwn() throws IOException {
        List<Integer> taken = new ArrayList<>();
        String[] consumerThread = new String[1];
        try (Handoff<Integer> handoff = new Handoff<>("test consumer", item -> {
            consumerThread[0] = Thread.currentThread().getName();
            taken.add(item);
        })) {
            for (int i = 0; i < 10_000; i++) {
                handoff.put(i);
            }
            handoff.finish();
        }
        assertEquals(IntStream.range(0, 10_000).boxed().toList(), taken);
        assertEquals("test consumer", consumerThread[0]);
        assertNotEquals("test consumer", Thread.currentThread().getName());
    }

    @Test
    void whatTheConsumerThrowsReachesTheProducer() {
        try (Handoff<Integer> handoff = new Handoff<>("failing consumer", item -> {
            if (item == 3) {
                throw new IOException("disk full");
            }
        })) {
            IOException thrown = assertThrows(IOException.class, () -> {
                for (int i = 0; i < 100_000; i++) {
                    handoff.put(i);
                }
                handoff.finish();
            });
            assertEquals("disk full", thrown.getMessage());
        }
    }

    @Test
    void closingStopsAConsumerThatIsStillAtWork() throws IOException, InterruptedException {
        Thread[] consumer = new Thread[1];
        CountDownLatch started = new CountDownLatch(1);
        Handoff<Integer> handoff = new Handoff<>("slow consumer", item -> {
            consumer[0] = Thread.currentThread();
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                throw new IOException("stopped", e);
            }
        });
        for (int i = 0; i < 1024; i++) {
            handoff.put(i);
        }
        started.await();
        handoff.close();
        assertFalse(consumer[0].isAlive());
    }
}
