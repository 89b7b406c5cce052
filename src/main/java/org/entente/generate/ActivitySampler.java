package org.entente.generate;

import java.util.SplittableRandom;

/**
 * Picks the actor of a participation with a Zipf law over activity ranks, as in GDELT or ICEWS where a
 * handful of states and leaders appear in a large share of all events. Ranks are mapped to actors
 * through a shuffle, so that the order of actor ids says nothing about how active an actor is.
 */
final class ActivitySampler {
    static final double EXPONENT = 1.1;

    private final WeightedChoice ranks;
    private final int[] actorOfRank;

    ActivitySampler(int actors, SplittableRandom rng) {
        double[] weights = new double[actors];
        for (int rank = 0; rank < actors; rank++) {
            weights[rank] = Math.pow(rank + 1, -EXPONENT);
        }
        ranks = new WeightedChoice(weights);
        actorOfRank = new int[actors];
        for (int i = 0; i < actors; i++) {
            actorOfRank[i] = i;
        }
        for (int i = actors - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int swap = actorOfRank[i];
            actorOfRank[i] = actorOfRank[j];
            actorOfRank[j] = swap;
        }
    }

    int actor(SplittableRandom rng) {
        return actorOfRank[ranks.pick(rng)];
    }
}
