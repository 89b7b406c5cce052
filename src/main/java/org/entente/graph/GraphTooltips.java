package org.entente.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.model.ActorKind;
import org.entente.network.KindCount;
import org.entente.network.MembershipTie;
import org.entente.network.PairSummary;
import org.entente.store.PairRow;
import org.entente.time.DayFormat;

/** What the graph's tooltips say about an actor, and about the relationship behind an edge. */
final class GraphTooltips {
    private GraphTooltips() {
    }

    /** An actor in the time on show: its kind, its events, its PageRank when analysed, and whether it is pinned. */
    static String actor(String name, ActorKind kind, int events, double rank, boolean pinned) {
        return actor(name, kind, plural(events, "event") + " in this time", rank, pinned);
    }

    /**
     * An actor drawn from a store's counts: its events in the pairs drawn, which is all the store was asked,
     * so the tooltip does not pass them off as all of the actor's events in this time.
     */
    static String countedActor(String name, ActorKind kind, int events, double rank, boolean pinned) {
        return actor(name, kind, plural(events, "event") + " in the pairs drawn, in this time", rank, pinned);
    }

    private static String actor(String name, ActorKind kind, String events, double rank, boolean pinned) {
        List<String> lines = new ArrayList<>();
        lines.add(name + " (" + (kind == null ? "actor" : kind.id()) + ")");
        lines.add(events);
        if (rank > 0) {
            lines.add(String.format(Locale.ROOT, "PageRank %.2f of the highest", rank));
        }
        if (pinned) {
            lines.add("Pinned: right-click to release");
        }
        return String.join("\n", lines);
    }

    /** A pair as a store counted it in the time on show: shared events, mean tone and those only on weak sources. */
    static String countedPair(String first, String second, PairRow row) {
        List<String> lines = new ArrayList<>();
        lines.add(first + " \u2013 " + second);
        lines.add(plural(row.events(), "shared event") + " in this time");
        if (!Double.isNaN(row.meanTone())) {
            lines.add(String.format(Locale.ROOT, "Mean tone %+.1f (%s)", row.meanTone(), toneWord(row.meanTone())));
        }
        if (row.weakEvents() > 0) {
            lines.add(String.format(Locale.ROOT, "%,d of them only on weak sources", row.weakEvents()));
        }
        lines.add("Click to select this relationship");
        return String.join("\n", lines);
    }

    /** A group in the time on show: its members, their events, its PageRank when analysed. */
    static String group(String name, int members, int events, double rank) {
        List<String> lines = new ArrayList<>();
        lines.add(name + " (a group of " + plural(members, "actor") + ")");
        lines.add(plural(events, "event") + " of its members in this time");
        if (rank > 0) {
            lines.add(String.format(Locale.ROOT, "PageRank %.2f of the highest", rank));
        }
        lines.add("Double-click to open it in place");
        return String.join("\n", lines);
    }

    /** The ties between a group and another node in the time on show: their interactions and mean tone. */
    static String groupTie(String first, String second, int interactions, double tone) {
        List<String> lines = new ArrayList<>();
        lines.add(first + " \u2013 " + second);
        lines.add(plural(interactions, "interaction") + " between their members in this time");
        if (!Double.isNaN(tone)) {
            lines.add(String.format(Locale.ROOT, "Mean tone %+.1f (%s)", tone, toneWord(tone)));
        }
        lines.add("Click to select these ties");
        return String.join("\n", lines);
    }

    static String pair(String[] names, PairSummary summary) {
        List<String> lines = new ArrayList<>();
        lines.add(names[summary.first()] + " \u2013 " + names[summary.second()]);
        if (summary.events() > 0) {
            lines.add(GraphTooltips.plural(summary.events(), "shared event") + kinds(summary.eventKinds())
                    + (summary.lastStart() == Long.MIN_VALUE ? "" : ", " + span(summary.firstStart(), summary.lastStart())));
            if (!Double.isNaN(summary.meanTone())) {
                lines.add(String.format(Locale.ROOT, "Mean tone %+.1f (%s)", summary.meanTone(), toneWord(summary.meanTone())));
            }
            if (summary.weakEvents() > 0) {
                lines.add(summary.weakEvents() + " of them only on weak sources");
            }
        }
        if (!summary.relationKinds().isEmpty()) {
            lines.add("Relations: " + kinds(summary.relationKinds()).replaceFirst("^ \\(", "").replaceFirst("\\)$", "")
                    + (summary.undatedRelations() == 0 ? ""
                    : summary.undatedRelations() == summary.relations() ? ", period unknown"
                    : ", " + summary.undatedRelations() + " of period unknown"));
        }
        for (MembershipTie tie : summary.memberships()) {
            lines.add(names[tie.member()] + " is " + (tie.role() == null ? "a member" : tie.role()) + " of " + names[tie.organization()]);
        }
        lines.add("Click to select this relationship");
        return String.join("\n", lines);
    }

    private static String kinds(List<KindCount> kinds) {
        if (kinds.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (KindCount kind : kinds.subList(0, Math.min(4, kinds.size()))) {
            parts.add(kind.count() + " " + kind.kind());
        }
        if (kinds.size() > 4) {
            parts.add("\u2026");
        }
        return " (" + String.join(", ", parts) + ")";
    }

    private static String span(long first, long last) {
        String from = DayFormat.day(first);
        String to = DayFormat.day(last);
        return from.equals(to) ? from : from + " to " + to;
    }

    /** "1 event", "3 events". */
    static String plural(int n, String noun) {
        return String.format(Locale.ROOT, "%,d ", n) + noun + (n == 1 ? "" : "s");
    }

    static String toneWord(double tone) {
        if (tone <= -2) {
            return "conflictual";
        }
        return tone >= 2 ? "cooperative" : "neutral";
    }
}
