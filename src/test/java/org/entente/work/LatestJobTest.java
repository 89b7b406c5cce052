package org.entente.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class LatestJobTest {
    /** An executor that runs what it is given only when told to, so a test decides the order of events. */
    private static final class Queued implements Executor {
        private final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }

    @Test
    void synchronousExecutorsDeliverAtOnce() {
        LatestJob<String> job = new LatestJob<>(Runnable::run, Runnable::run);
        List<String> got = new ArrayList<>();
        job.run(cancelled -> "built", got::add);
        assertEquals(List.of("built"), got);
        assertFalse(job.isRunning());
    }

    @Test
    void aNewerJobDropsTheOlderResultEvenWhenTheOlderFinishesLast() {
        Queued worker = new Queued();
        Queued ui = new Queued();
        LatestJob<String> job = new LatestJob<>(worker, ui);
        List<String> got = new ArrayList<>();
        job.run(cancelled -> "old", got::add);
        Runnable old = worker.tasks.poll();
        job.run(cancelled -> "new", got::add);
        assertTrue(job.isRunning());
        worker.runAll();
        old.run();
        ui.runAll();
        assertEquals(List.of("new"), got);
        assertFalse(job.isRunning());
    }

    @Test
    void anOvertakenJobIsToldItIsCancelled() {
        Queued ui = new Queued();
        LatestJob<Boolean> job = new LatestJob<>(Runnable::run, ui);
        boolean[] sawCancel = new boolean[1];
        job.run(cancelled -> {
            job.cancel();
            sawCancel[0] = cancelled.getAsBoolean();
            return true;
        }, result -> sawCancel[0] = false);
        ui.runAll();
        assertTrue(sawCancel[0]);
    }

    @Test
    void aCancelledJobThatHasNotStartedNeverRuns() {
        Queued worker = new Queued();
        LatestJob<String> job = new LatestJob<>(worker, Runnable::run);
        boolean[] ran = new boolean[1];
        job.run(cancelled -> {
            ran[0] = true;
            return "x";
        }, r -> { });
        job.cancel();
        worker.runAll();
        assertFalse(ran[0]);
    }

    @Test
    void aFailureReachesOnlyTheFailureHandler() {
        LatestJob<String> job = new LatestJob<>(Runnable::run, Runnable::run);
        List<String> got = new ArrayList<>();
        job.run(cancelled -> {
            throw new IOException("disk full");
        }, got::add, error -> got.add("failed: " + error.getMessage()));
        assertEquals(List.of("failed: disk full"), got);
    }
}
