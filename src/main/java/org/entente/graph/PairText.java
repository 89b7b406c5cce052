package org.entente.graph;

import java.util.ArrayList;
import java.util.List;
import org.entente.time.DayFormat;

/** The words for the relationship behind an edge, as the tooltip shows them. */
final class PairText {
    private PairText() {
    }

    static String describe(String[] names, PairSummary summary) {
        List<String> lines = new ArrayList<>();
        lines.add(names[summary.first()] + " \u2013 " + names[summary.second()]);
        if (summary.events() > 0) {
            lines.add(GraphSkin.plural(summary.events(), "shared event") + kinds(summary.eventKinds())
                    + (summary.lastStart() == Long.MIN_VALUE ? "" : ", " + span(summary.firstStart(), summary.lastStart())));
            if (!Double.isNaN(summary.meanTone())) {
                lines.add(String.format("Mean tone %+.1f (%s)", summary.meanTone(), toneWord(summary.meanTone())));
            }
            if (summary.weakEvents() > 0) {
                lines.add(summary.weakEvents() + " of them only on weak sources");
            }
        }
        if (!summary.relationKinds().isEmpty()) {
            lines.add("Relations: " + kinds(summary.relationKinds()).replaceFirst("^ \\(", "").replaceFirst("\\)$", ""));
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

    static String toneWord(double tone) {
        if (tone <= -2) {
            return "conflictual";
        }
        return tone >= 2 ? "cooperative" : "neutral";
    }
}
