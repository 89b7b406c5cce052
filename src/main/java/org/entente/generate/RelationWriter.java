package org.entente.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes standing relations. One end is any actor and the other is drawn by activity, so that active
 * actors are also hubs of the relation graph, as in real networks.
 */
final class RelationWriter {
    private static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);
    private static final double OPEN_ENDED = 0.35;

    private final ActorTable actors;
    private final ActivitySampler activity;
    private final SplittableRandom rng;
    private final Prose prose;
    private final CitationWriter citations;
    private final WeightedChoice kinds;

    RelationWriter(ActorTable actors, ActivitySampler activity, int sources, SplittableRandom rng) {
        this.actors = actors;
        this.activity = activity;
        this.rng = rng;
        this.prose = new Prose(rng);
        this.citations = new CitationWriter(sources, rng);
        this.kinds = new WeightedChoice(Vocabulary.RELATION_KINDS.stream().mapToDouble(RelationKind::weight).toArray());
    }

    void write(JsonGenerator g, int index) throws IOException {
        int from = rng.nextInt(actors.size());
        int to;
        do {
            to = activity.actor(rng);
        } while (to == from);
        GeneratedActor a = actors.get(from);
        GeneratedActor b = actors.get(to);
        RelationKind kind = Vocabulary.RELATION_KINDS.get(kinds.pick(rng));
        Topic topic = Vocabulary.TOPICS.get(rng.nextInt(Vocabulary.TOPICS.size()));
        LocalDate start = LocalDate.of(1995 + rng.nextInt(26), 1 + rng.nextInt(12), 1 + rng.nextInt(28));
        double tone = Tone.near(kind.tone(), rng);

        g.writeStartObject();
        g.writeStringField("id", "rel-" + (index + 1));
        g.writeStringField("from", a.id());
        g.writeStringField("to", b.id());
        g.writeStringField("kind", kind.id());
        if (rng.nextDouble() < kind.directedShare()) {
            g.writeBooleanField("directed", true);
        }
        g.writeStringField("when", when(start));
        g.writeNumberField("tone", tone);
        g.writeStringField("summary", prose.relationSummary(kind, a, b, topic, start.getYear()));
        citations.write(g, 1 + rng.nextInt(2), () -> prose.relationQuote(kind, a, b, topic, start.getYear()));
        g.writeEndObject();
    }

    /** An interval known to the day, the month or the year, ending at least a year later or still ongoing. */
    private String when(LocalDate start) {
        LocalDate end = start.plusYears(1 + rng.nextInt(12)).plusDays(rng.nextInt(365));
        boolean ongoing = end.isAfter(LAST_DAY) || rng.nextDouble() < OPEN_ENDED;
        int precision = rng.nextInt(20);
        int length = precision < 12 ? 10 : precision < 17 ? 7 : 4;
        return start.toString().substring(0, length) + "/" + (ongoing ? ".." : end.toString().substring(0, length));
    }
}
