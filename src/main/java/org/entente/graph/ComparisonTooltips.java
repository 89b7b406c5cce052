package org.entente.graph;

import java.util.Locale;
import org.entente.model.ActorKind;
import org.entente.network.PeriodComparison;

/** What the graph's tooltips say while it compares two periods: an actor's events in each, and how a tie changed. */
final class ComparisonTooltips {
    private ComparisonTooltips() {
    }

    static String actor(String name, ActorKind kind, PeriodComparison comparison, int actor, boolean pinned) {
        return name + " (" + (kind == null ? "actor" : kind.id()) + ")\n"
                + GraphTooltips.plural(comparison.actorEventsA(actor), "event") + " in A, "
                + String.format(Locale.ROOT, "%,d", comparison.actorEventsB(actor)) + " in B"
                + (pinned ? "\nPinned: right-click to release" : "");
    }

    static String pair(String[] names, PeriodComparison comparison, int pair) {
        PeriodComparison.Tie tie = comparison.tieOf(pair);
        String title = names[comparison.pairs().first(pair)] + " \u2013 " + names[comparison.pairs().second(pair)];
        if (tie == null) {
            return title;
        }
        return title + "\n" + capitalised(tie.change().word()) + ": "
                + GraphTooltips.plural(tie.countA(), interaction(comparison)) + " in A, "
                + String.format(Locale.ROOT, "%,d", tie.countB()) + " in B"
                + "\nMean tone " + tone(tie.toneA()) + " in A, " + tone(tie.toneB()) + " in B"
                + "\nClick to select this relationship";
    }

    /** What a tie's count counts: events, or events and relations when the graph shows relations. */
    private static String interaction(PeriodComparison comparison) {
        return comparison.countsRelations() ? "interaction" : "event";
    }

    /** A mean tone as the tooltips write it, "unknown" when no event had one. */
    static String tone(double tone) {
        return Double.isNaN(tone) ? "unknown" : String.format(Locale.ROOT, "%+.1f (%s)", tone, GraphTooltips.toneWord(tone));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
