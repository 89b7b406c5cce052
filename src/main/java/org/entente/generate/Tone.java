package org.entente.generate;

import java.util.SplittableRandom;

/** Tones on the Goldstein scale: scattered around a kind's usual value, as coders' judgements are. */
final class Tone {
    private static final double SPREAD = 1.5;

    private Tone() {
    }

    /** A tone near {@code center}, within -10..10, to one decimal ({@code + 0.0} turns -0.0 into 0.0). */
    static double near(double center, SplittableRandom rng) {
        double tone = Math.max(-10, Math.min(10, center + rng.nextGaussian() * SPREAD));
        return Math.round(tone * 10) / 10.0 + 0.0;
    }
}
