package org.entente.canvas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.entente.bench.HeadlessToolkit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A view that yields to another view's answer skips one frame, never two in a row, and then catches up;
 * what only moves by itself is painted every other frame, and where it comes to rest always.
 */
class FrameLoopTest {
    private int steps;
    private int paints;

    @BeforeAll
    static void toolkit() throws InterruptedException {
        HeadlessToolkit.start();
    }

    @Test
    void aYieldedFrameNeitherStepsNorPaintsAndTheNextOneDoes() throws InterruptedException {
        int[] counts = HeadlessToolkit.call(() -> {
            FrameLoop loop = yieldedOnce();
            int[] afterYield = {steps, paints};
            loop.frame(17_000_000L);
            loop.stop();
            return new int[] {afterYield[0], afterYield[1], steps, paints};
        });
        assertArrayEquals(new int[] {0, 0, 1, 1}, counts,
                "steps and paints after the yielded frame, then after the next: what was invalidated is painted a frame late");
    }

    @Test
    void aViewNeverYieldsTwoFramesInARow() throws InterruptedException {
        int[] counts = HeadlessToolkit.call(() -> {
            FrameLoop loop = yieldedOnce();
            loop.yieldNextFrame();
            loop.frame(17_000_000L);
            int afterSecond = steps;
            loop.yieldNextFrame();
            loop.frame(34_000_000L);
            loop.stop();
            return new int[] {afterSecond, steps};
        });
        assertArrayEquals(new int[] {1, 1}, counts,
                "a change every frame, as in a drag, still lets every other frame through, and yields the one after");
    }

    @Test
    void motionAlonePaintsEveryOtherFrameAndTheRestingStateAlways() throws InterruptedException {
        int[] counts = HeadlessToolkit.call(() -> {
            FrameLoop loop = new FrameLoop((now, seconds) -> ++steps < 5, () -> paints++);
            int[] paintsAfter = new int[6];
            for (int frame = 1; frame <= 5; frame++) {
                loop.frame(frame * 17_000_000L);
                paintsAfter[frame] = paints;
            }
            loop.invalidate();
            loop.frame(6 * 17_000_000L);
            loop.stop();
            return new int[] {paintsAfter[1], paintsAfter[2], paintsAfter[3], paintsAfter[4], paintsAfter[5], paints};
        });
        assertArrayEquals(new int[] {1, 1, 2, 2, 3, 4}, counts,
                "paints after each frame: the first (invalidated), every other while it moves, the frame it rests in, "
                        + "and an invalidation at once");
    }

    /** A loop that was invalidated, asked to yield, and then given its first frame. */
    private FrameLoop yieldedOnce() {
        FrameLoop loop = new FrameLoop((now, seconds) -> {
            steps++;
            return false;
        }, () -> paints++);
        loop.yieldNextFrame();
        loop.frame(1_000_000L);
        return loop;
    }
}
