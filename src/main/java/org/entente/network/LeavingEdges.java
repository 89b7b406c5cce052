package org.entente.network;

import java.util.Arrays;
import java.util.function.IntPredicate;

/** Edges that left the scene and fade out, each with the look it had when it left. */
public final class LeavingEdges {
    private int[] pair = new int[64];
    private int[] first = new int[64];
    private int[] second = new int[64];
    private int[] count = new int[64];
    private float[] tone = new float[64];
    private int[] flags = new int[64];
    private int size;

    public void add(GraphScene scene, int edge) {
        if (size == pair.length) {
            int grown = size * 2;
            pair = Arrays.copyOf(pair, grown);
            first = Arrays.copyOf(first, grown);
            second = Arrays.copyOf(second, grown);
            count = Arrays.copyOf(count, grown);
            tone = Arrays.copyOf(tone, grown);
            flags = Arrays.copyOf(flags, grown);
        }
        pair[size] = scene.pair(edge);
        first[size] = scene.first(edge);
        second[size] = scene.second(edge);
        count[size] = scene.count(edge);
        tone[size] = (float) scene.tone(edge);
        flags[size] = scene.flags(edge);
        size++;
    }

    /** Removes the edges whose pair the test accepts, keeping the order of the rest. */
    public void removeIf(IntPredicate test) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (!test.test(pair[i])) {
                pair[kept] = pair[i];
                first[kept] = first[i];
                second[kept] = second[i];
                count[kept] = count[i];
                tone[kept] = tone[i];
                flags[kept] = flags[i];
                kept++;
            }
        }
        size = kept;
    }

    public int size() {
        return size;
    }

    public int pair(int i) {
        return pair[i];
    }

    public int first(int i) {
        return first[i];
    }

    public int second(int i) {
        return second[i];
    }

    public int count(int i) {
        return count[i];
    }

    public double tone(int i) {
        return tone[i];
    }

    public int flags(int i) {
        return flags[i];
    }
}
