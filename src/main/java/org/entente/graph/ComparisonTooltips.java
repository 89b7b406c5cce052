package org.entente.graph;

import java.util.Locale;
import org.entente.model.ActorKind;
import org.entente.network.PeriodComparison;

/**
 * What the graph's tooltips say while it compares two periods: an actor's (or a group's members') events
 * in each, and how a tie changed, with its count and mean tone in A and in B.
 */
final class ComparisonTooltips {
    private ComparisonTooltips() {
    }

    /**
     * An actor, or a group (kind null) with its members.
     *
     * @param members the actor alone, or the group's members
     */
    static String node(String name, ActorKind kind, int[] members, PeriodComparison comparison, boolean pinned) {
        int eventsA = 0;
        int eventsB = 0;
        for (int member : members) {
            eventsA += comparison.actorEventsA(member);
            eventsB += comparison.actorEventsB(member);
        }
        String what = kind != null ? kind.id() : "a group of " + GraphTooltips.plural(members.length, "actor");
        return name + " (" + what + ")\n" + GraphTooltips.plural(eventsA, "event") + " in A, "
                + String.format(Locale.ROOT, "%,d", eventsB) + " in B" + (pinned ? "\nPinned: right-click to release" : "");
    }

    /** A tie between two nodes, or its two names alone when it stands for nothing in either period. */
    static String tie(String first, String second, PeriodComparison.Tie tie, boolean relations) {
        String title = first + " \u2013 " + second;
        if (tie == null) {
            return title;
        }
        return title + "\n" + capitalised(tie.change().word()) + ": "
                + GraphTooltips.plural(tie.countA(), relations ? "interaction" : "event") + " in A, "
                + String.format(Locale.ROOT, "%,d", tie.countB()) + " in B"
                + "\nMean tone " + tone(tie.toneA()) + " in A, " + tone(tie.toneB()) + " in B"
                + "\nClick to select this relationship";
    }

    /** A mean tone as the tooltips write it, "unknown" when no event had one. */
    private static String tone(double tone) {
        return Double.isNaN(tone) ? "unknown" : String.format(Locale.ROOT, "%+.1f (%s)", tone, GraphTooltips.toneWord(tone));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
