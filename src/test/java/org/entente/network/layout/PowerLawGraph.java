package org.entente.network.layout;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A random graph whose degrees follow a power law (exponent 2.5, as in real actor networks where a few
 * states deal with almost everyone): Chung-Lu, each edge joining two nodes drawn in proportion to their
 * expected degree, with small integer weights.
 */
record PowerLawGraph(int nodeCount, int[] edgeA, int[] edgeB, float[] weights) {
    private static final double DEGREE_EXPONENT = 2.5;

    static PowerLawGraph generate(int nodes, int edges, long seed) {
        double[] cumulative = new double[nodes];
        double sum = 0;
        for (int i = 0; i < nodes; i++) {
            sum += Math.pow(i + 1, -1 / (DEGREE_EXPONENT - 1));
            cumulative[i] = sum;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] a = new int[edges];
        int[] b = new int[edges];
        float[] w = new float[edges];
        Set<Long> seen = new HashSet<>();
        int count = 0;
        while (count < edges) {
            int from = draw(cumulative, random.nextDouble() * sum);
            int to = draw(cumulative, random.nextDouble() * sum);
            if (from != to && seen.add((long) Math.min(from, to) << 32 | Math.max(from, to))) {
                a[count] = from;
                b[count] = to;
                w[count] = 1 + (float) Math.floor(-Math.log(1 - random.nextDouble()) * 3);
                count++;
            }
        }
        return new PowerLawGraph(nodes, a, b, w);
    }

    private static int draw(double[] cumulative, double target) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < target) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Shows every node, those without an edge too, as the app shows every actor of a cumulative window. */
    void showIn(ForceLayout layout) {
        int[] nodes = new int[nodeCount];
        for (int i = 0; i < nodeCount; i++) {
            nodes[i] = i;
        }
        layout.setGraph(nodes, nodeCount, edgeA, edgeB, weights, edgeA.length);
    }
}
