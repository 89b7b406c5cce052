package org.entente.network;

import java.util.Arrays;
import org.entente.index.IntList;

/** An actor's neighbourhood: the actors within a number of steps of it, and the edges among them. */
public final class EgoNetwork {
    private EgoNetwork() {
    }

    /** The pairs among {@code pairIds} whose two actors both lie within {@code depth} steps of {@code focus}. */
    static IntList edgesWithin(TieEnds pairs, IntList pairIds, int focus, int depth) {
        int actors = pairs.nodeCount();
        int[] degree = new int[actors + 1];
        for (int i = 0; i < pairIds.size(); i++) {
            degree[pairs.first(pairIds.get(i)) + 1]++;
            degree[pairs.second(pairIds.get(i)) + 1]++;
        }
        for (int a = 0; a < actors; a++) {
            degree[a + 1] += degree[a];
        }
        int[] neighbours = new int[degree[actors]];
        int[] fill = Arrays.copyOf(degree, actors);
        for (int i = 0; i < pairIds.size(); i++) {
            int a = pairs.first(pairIds.get(i));
            int b = pairs.second(pairIds.get(i));
            neighbours[fill[a]++] = b;
            neighbours[fill[b]++] = a;
        }
        int[] distance = new int[actors];
        Arrays.fill(distance, -1);
        distance[focus] = 0;
        IntList frontier = new IntList();
        frontier.add(focus);
        for (int head = 0; head < frontier.size(); head++) {
            int actor = frontier.get(head);
            if (distance[actor] == depth) {
                continue;
            }
            for (int k = degree[actor]; k < degree[actor + 1]; k++) {
                if (distance[neighbours[k]] < 0) {
                    distance[neighbours[k]] = distance[actor] + 1;
                    frontier.add(neighbours[k]);
                }
            }
        }
        IntList within = new IntList();
        for (int i = 0; i < pairIds.size(); i++) {
            int pair = pairIds.get(i);
            if (distance[pairs.first(pair)] >= 0 && distance[pairs.second(pair)] >= 0) {
                within.add(pair);
            }
        }
        return within;
    }
}
