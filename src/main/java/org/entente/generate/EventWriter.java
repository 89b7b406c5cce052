package org.entente.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.SplittableRandom;

/** Writes one event at a time, so that a million of them never sit in memory together. */
final class EventWriter {
    private static final long DAY = 86_400;
    /** Participants per event, 1 to 6: most events are bilateral. */
    private static final WeightedChoice PARTICIPANTS = new WeightedChoice(15, 57, 15, 7, 3, 3);
    private static final WeightedChoice CITATIONS = new WeightedChoice(82, 15, 3);
    private static final WeightedChoice TAGS = new WeightedChoice(20, 40, 30, 10);
    private static final double RANGED = 0.30;
    private static final double OPEN_ENDED_AMONG_RANGED = 0.03;
    private static final double IMPRECISE = 0.045;
    private static final double WITH_TIME = 0.20;
    private static final int MAX_SPAN_DAYS = 100;
    /** Share of events in a crisis that involve one of its focal actors. */
    private static final double FOCAL = 0.7;
    private static final int SUMMARY_PERCENT = 25;
    private static final int LOCATION_PERCENT = 65;

    private final ActorTable actors;
    private final ActivitySampler activity;
    private final Timeline timeline;
    private final SplittableRandom rng;
    private final Prose prose;
    private final CitationWriter citations;
    private final WeightedChoice calmKinds;
    private final WeightedChoice crisisKinds;
    private final int[] participants = new int[6];

    EventWriter(ActorTable actors, ActivitySampler activity, Timeline timeline, int sources, SplittableRandom rng) {
        this.actors = actors;
        this.activity = activity;
        this.timeline = timeline;
        this.rng = rng;
        this.prose = new Prose(rng);
        this.citations = new CitationWriter(sources, rng);
        this.calmKinds = new WeightedChoice(Vocabulary.KINDS.stream().mapToDouble(EventKind::calmWeight).toArray());
        this.crisisKinds = new WeightedChoice(Vocabulary.KINDS.stream().mapToDouble(EventKind::crisisWeight).toArray());
    }

    void write(JsonGenerator g, int index, long instant) throws IOException {
        Timeline.Crisis crisis = timeline.crisisAt(instant);
        EventKind kind = Vocabulary.KINDS.get((crisis == null ? calmKinds : crisisKinds).pick(rng));
        int count = Math.min(actors.size(), PARTICIPANTS.pick(rng) + 1);
        chooseParticipants(count, crisis);
        GeneratedActor a = actors.get(participants[0]);
        GeneratedActor b = count > 1 ? actors.get(participants[1]) : null;
        int host = count > 1 && kind.secondRole().equals("host") ? 1 : 0;
        Capital place = Capitals.ALL.get(actors.get(participants[host]).home());
        Topic topic = Vocabulary.TOPICS.get(rng.nextInt(Vocabulary.TOPICS.size()));
        long day = Math.floorDiv(instant, DAY);
        double tone = Tone.near(kind.goldstein(), rng);

        g.writeStartObject();
        g.writeStringField("id", "ev-" + (index + 1));
        g.writeStringField("title", prose.title(kind, a, b, topic, place.name()));
        g.writeStringField("when", when(instant));
        g.writeStringField("kind", kind.id());
        if (rng.nextInt(100) < SUMMARY_PERCENT) {
            g.writeStringField("summary", prose.summary(kind, a, b, topic, place.name(), day, tone));
        }
        if (rng.nextInt(100) < LOCATION_PERCENT) {
            g.writeObjectFieldStart("location");
            g.writeStringField("name", place.name());
            g.writeStringField("country", place.country());
            g.writeNumberField("lat", place.lat());
            g.writeNumberField("lon", place.lon());
            g.writeEndObject();
        }
        g.writeArrayFieldStart("participants");
        for (int i = 0; i < count; i++) {
            g.writeStartObject();
            g.writeStringField("actor", actors.get(participants[i]).id());
            g.writeStringField("role", kind.role(i));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("tone", tone);
        g.writeArrayFieldStart("codes");
        g.writeStartObject();
        g.writeStringField("scheme", "cameo");
        g.writeStringField("code", kind.cameo());
        g.writeEndObject();
        g.writeEndArray();
        writeTags(g, kind, topic);
        citations.write(g, CITATIONS.pick(rng) + 1, () -> prose.quote(kind, a, b, topic, place.name(), day));
        g.writeEndObject();
    }

    /** Distinct actors; in a crisis, its focal actors take the lead. */
    private void chooseParticipants(int count, Timeline.Crisis crisis) {
        for (int i = 0; i < count; i++) {
            int candidate;
            do {
                boolean focal = crisis != null && i < 2 && rng.nextDouble() < (i == 0 ? FOCAL : FOCAL / 2);
                candidate = focal ? crisis.focalActors()[rng.nextInt(crisis.focalActors().length)] : activity.actor(rng);
            } while (taken(candidate, i));
            participants[i] = candidate;
        }
    }

    private boolean taken(int actor, int before) {
        for (int i = 0; i < before; i++) {
            if (participants[i] == actor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Mostly single days (some with a time), about 30% ranges of a day to a few months (a few of them
     * still open), and about 5% known only to the year or month, or uncertain or approximate.
     */
    private String when(long instant) {
        long day = Math.floorDiv(instant, DAY);
        double r = rng.nextDouble();
        if (r < RANGED) {
            if (rng.nextDouble() < OPEN_ENDED_AMONG_RANGED) {
                return DateText.month(day) + "/..";
            }
            long span = Math.round(Math.exp(rng.nextDouble() * Math.log(MAX_SPAN_DAYS)));
            return DateText.day(day) + "/" + DateText.day(day + span);
        }
        if (r < RANGED + IMPRECISE) {
            return switch (rng.nextInt(5)) {
                case 0 -> DateText.year(day);
                case 1 -> DateText.month(day);
                case 2 -> DateText.day(day) + "?";
                case 3 -> DateText.month(day) + "~";
                default -> DateText.day(day) + "~";
            };
        }
        return r < RANGED + IMPRECISE + WITH_TIME ? DateText.dayAndTime(instant) : DateText.day(day);
    }

    /** Up to three of: the kind's tag, the topic's tag, an extra one. */
    private void writeTags(JsonGenerator g, EventKind kind, Topic topic) throws IOException {
        int count = TAGS.pick(rng);
        if (count == 0) {
            return;
        }
        String extra = Vocabulary.EXTRA_TAGS.get(rng.nextInt(Vocabulary.EXTRA_TAGS.size()));
        String[] candidates = topic.tag().equals(kind.tag())
                ? new String[] {kind.tag(), extra} : new String[] {kind.tag(), topic.tag(), extra};
        g.writeArrayFieldStart("tags");
        for (int i = 0; i < Math.min(count, candidates.length); i++) {
            g.writeString(candidates[i]);
        }
        g.writeEndArray();
    }
}
