package org.entente.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.entente.time.Precision;

/**
 * Counts and the time extent of a dataset, as the {@code stats} command and the overview show them, and
 * the finest precision of its dates, which no date shown for it should exceed (MILLISECOND when it has no events).
 */
public record DatasetStats(String title, int sources, int actors, Map<ActorKind, Integer> actorsByKind,
                           int events, int ranged, int imprecise, int openEnded, int relations,
                           int citations, Map<String, Integer> eventsByKind, long earliest, long latest,
                           Precision finest) {

    /** What events without a kind are counted and grouped under. */
    public static final String NO_KIND = "(no kind)";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withZone(ZoneOffset.UTC);

    public static DatasetStats of(Dataset d) {
        Map<ActorKind, Integer> byKind = new EnumMap<>(ActorKind.class);
        d.actors().forEach(a -> byKind.merge(a.kind(), 1, Integer::sum));
        Map<String, Integer> eventKinds = new TreeMap<>();
        int ranged = 0;
        int imprecise = 0;
        int open = 0;
        int citations = 0;
        long earliest = Long.MAX_VALUE;
        long latest = Long.MIN_VALUE;
        Precision finest = null;
        for (Event e : d.events()) {
            eventKinds.merge(e.kind() == null ? NO_KIND : e.kind(), 1, Integer::sum);
            if (e.when().interval()) {
                ranged++;
            }
            if (e.when().isUncertain() || e.when().isApproximate() || e.when().precision().compareTo(Precision.DAY) < 0) {
                imprecise++;
            }
            if (e.when().openStart() || e.when().openEnd()) {
                open++;
            }
            citations += e.citations().size();
            if (finest == null || e.when().precision().compareTo(finest) > 0) {
                finest = e.when().precision();
            }
            if (e.when().start() != Long.MIN_VALUE) {
                earliest = Math.min(earliest, e.when().start());
            }
            if (e.when().end() != Long.MAX_VALUE) {
                latest = Math.max(latest, e.when().end());
            }
        }
        for (Relation r : d.relations()) {
            citations += r.citations().size();
        }
        return new DatasetStats(d.title(), d.sources().size(), d.actors().size(), byKind, d.events().size(),
                ranged, imprecise, open, d.relations().size(), citations, eventKinds, earliest, latest,
                finest == null ? Precision.MILLISECOND : finest);
    }

    /** A plain-text report, one fact a line. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append("title:      ").append(title).append('\n');
        out.append("events:     ").append(events).append(" (").append(ranged).append(" ranged, ")
                .append(imprecise).append(" imprecise or uncertain, ").append(openEnded).append(" open-ended)\n");
        out.append("actors:     ").append(actors);
        if (!actorsByKind.isEmpty()) {
            out.append(" (");
            actorsByKind.forEach((kind, n) -> out.append(kind.id()).append(' ').append(n).append(", "));
            out.setLength(out.length() - 2);
            out.append(')');
        }
        out.append('\n');
        out.append("relations:  ").append(relations).append('\n');
        out.append("sources:    ").append(sources).append('\n');
        out.append("citations:  ").append(citations).append('\n');
        out.append("time:       ").append(extent()).append('\n');
        if (!eventsByKind.isEmpty()) {
            out.append("kinds:      ");
            eventsByKind.forEach((kind, n) -> out.append(kind).append(' ').append(n).append(", "));
            out.setLength(out.length() - 2);
            out.append('\n');
        }
        return out.toString();
    }

    /** The first and last instants covered by events, as UTC days; "none" for a dataset without dates. */
    public String extent() {
        if (earliest > latest) {
            return "none";
        }
        return DAY.format(Instant.ofEpochMilli(earliest)) + " to " + DAY.format(Instant.ofEpochMilli(latest - 1));
    }
}
