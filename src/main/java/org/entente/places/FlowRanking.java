package org.entente.places;

import java.util.Arrays;

/**
 * The flows in order of their events in the window, the heaviest first, kept in order as each count goes
 * up or down by one, so that a frame reads the heaviest flows off the front instead of sorting or
 * scanning the window's flows. Flows of equal count form a block, and {@code above[c]}, how many flows have
 * more than {@code c} events, is where the block of count {@code c} starts: a flow whose count rises
 * swaps with the first of its block, which then starts one later (and one that falls, with the last).
 * Each change costs the same whatever the number of flows; flows of equal count are in no set order.
 */
final class FlowRanking {
    private final int[] order;
    private final int[] rank;
    private int[] above = new int[16];

    FlowRanking(int flows) {
        order = new int[flows];
        rank = new int[flows];
        for (int flow = 0; flow < flows; flow++) {
            order[flow] = flow;
            rank[flow] = flow;
        }
    }

    /** The flow's count was {@code count} and is one more. */
    void increment(int flow, int count) {
        if (count + 1 >= above.length) {
            above = Arrays.copyOf(above, Math.max(count + 2, above.length * 2));
        }
        moveTo(flow, above[count]);
        above[count]++;
    }

    /** The flow's count was {@code count} and is one less. */
    void decrement(int flow, int count) {
        moveTo(flow, above[count - 1] - 1);
        above[count - 1]--;
    }

    private void moveTo(int flow, int target) {
        int other = order[target];
        int from = rank[flow];
        order[from] = other;
        rank[other] = from;
        order[target] = flow;
        rank[flow] = target;
    }

    /** How many flows have an event in the window: they are the first in order. */
    int active() {
        return above[0];
    }

    /** The flow at a rank, 0 the heaviest. */
    int flowAt(int rank) {
        return order[rank];
    }

    /** Every count back to 0: the order stays as it is, and is as good as any. */
    void clear() {
        Arrays.fill(above, 0);
    }
}
