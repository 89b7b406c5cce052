package org.entente.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.entente.bench.HeadlessToolkit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A view that yields to another view's answer skips one frame, never two in a row, and then catches up. */
class FrameLoopTest {
    private int steps;
    private int paints;

    @BeforeAll
    static void toolkit() throws InterruptedException {
        HeadlessToolkit.start();
    }

    @Test
    void aYieldedFrameNeitherStepsNorPaintsAndTheNextOneDoes() throws InterruptedException {
        HeadlessToolkit.call(() -> {
            FrameLoop loop = loop();
            loop.yieldNextFrame();
            loop.frame(1_000_000L);
            assertEquals(0, steps);
            assertEquals(0, paints);
            loop.frame(17_000_000L);
            assertEquals(1, steps);
            assertEquals(1, paints, "what was invalidated before the yield is painted a frame later");
            loop.stop();
            return null;
        });
    }

    @Test
    void aViewNeverYieldsTwoFramesInARow() throws InterruptedException {
        HeadlessToolkit.call(() -> {
            FrameLoop loop = loop();
            loop.yieldNextFrame();
            loop.frame(1_000_000L);
            loop.yieldNextFrame();
            loop.frame(17_000_000L);
            assertEquals(1, steps, "a change every frame, as in a drag, still lets every other frame through");
            loop.yieldNextFrame();
            loop.frame(34_000_000L);
            assertEquals(1, steps);
            loop.stop();
            return null;
        });
    }

    private FrameLoop loop() {
        return new FrameLoop((now, seconds) -> {
            steps++;
            return false;
        }, () -> paints++);
    }
}
