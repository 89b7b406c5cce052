package org.entente.network;

import java.util.Arrays;

/**
 * What the analysis found for the graph on show. {@code actors} are the analysed actor indices in ascending
 * order; {@code ranks} (PageRank, the highest 1) and {@code communities} (0 the largest) are aligned with
 * them; {@code byDegree} lists the actors by weighted degree, highest first. The arrays are copied in
 * and out, so an analysis handed over from a background thread cannot change under its reader.
 */
public record Analysis(int[] actors, double[] ranks, int[] communities, int communityCount, int[] byDegree) {

    public static final Analysis EMPTY = new Analysis(new int[0], new double[0], new int[0], 0, new int[0]);

    public Analysis {
        actors = actors.clone();
        ranks = ranks.clone();
        communities = communities.clone();
        byDegree = byDegree.clone();
        if (ranks.length != actors.length || communities.length != actors.length || byDegree.length != actors.length) {
            throw new IllegalArgumentException("every analysed actor needs a rank, a community and a place by degree");
        }
    }

    @Override
    public int[] actors() {
        return actors.clone();
    }

    @Override
    public double[] ranks() {
        return ranks.clone();
    }

    @Override
    public int[] communities() {
        return communities.clone();
    }

    @Override
    public int[] byDegree() {
        return byDegree.clone();
    }

    /** The actor's PageRank relative to the highest, or 0 when the actor was not analysed. */
    public double rank(int actor) {
        int node = Arrays.binarySearch(actors, actor);
        return node < 0 ? 0 : ranks[node];
    }

    /** The actor's community, numbered by size with the largest 0, or -1 when the actor was not analysed. */
    public int community(int actor) {
        int node = Arrays.binarySearch(actors, actor);
        return node < 0 ? -1 : communities[node];
    }

    /** The k actors of highest weighted degree, ties broken by PageRank and then by index; fewer if fewer were analysed. */
    public int[] top(int k) {
        return Arrays.copyOf(byDegree, Math.max(0, Math.min(k, byDegree.length)));
    }
}
