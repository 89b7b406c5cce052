package org.entente.network;

import java.util.List;

/**
 * What ties two actors in a window, in detail. Kinds come most frequent first. {@code meanTone} is NaN when
 * no event has a tone; {@code firstStart} and {@code lastStart}, the earliest and latest start of the
 * pair's events in the window, are {@link Long#MIN_VALUE} when there are no events. {@code undatedRelations}
 * counts the relations whose period the dataset does not give.
 */
public record PairSummary(int first, int second, int events, List<KindCount> eventKinds,
                          List<KindCount> relationKinds, int undatedRelations, List<MembershipTie> memberships,
                          int weakEvents,
                          double meanTone, long firstStart, long lastStart) {

    public PairSummary {
        eventKinds = List.copyOf(eventKinds);
        relationKinds = List.copyOf(relationKinds);
        memberships = List.copyOf(memberships);
    }

    public int relations() {
        int relations = 0;
        for (KindCount kind : relationKinds) {
            relations += kind.count();
        }
        return relations;
    }
}
