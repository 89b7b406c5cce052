package org.entente.query;

import java.util.List;
import java.util.Set;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Citation;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Participant;
import org.entente.model.Relation;
import org.entente.model.Reliability;
import org.entente.model.Source;
import org.entente.time.When;

/**
 * Which events the views show. Empty sets mean "any"; a null reliability or date range means no limit.
 * When the tone range is narrower than the full scale, events without a tone are hidden, because nothing
 * says they fall inside it. {@code countries} are ISO 3166-1 alpha-3 codes: an event passes when it took
 * place in one of them, or, when its location gives no country, when one of its participants is of one
 * of them ({@link EventCountries}); an event with neither is hidden.
 */
public record Filter(Set<ActorKind> actorKinds, Set<String> eventKinds, Set<String> tags, Set<String> countries,
                     Reliability minReliability, double minTone, double maxTone, TimeWindow dateRange) {

    public static final double TONE_MIN = -10;
    public static final double TONE_MAX = 10;
    public static final Filter NONE = new Filter(Set.of(), Set.of(), Set.of(), Set.of(), null, TONE_MIN, TONE_MAX, null);

    public Filter {
        actorKinds = Set.copyOf(actorKinds);
        eventKinds = Set.copyOf(eventKinds);
        tags = Set.copyOf(tags);
        countries = Set.copyOf(countries);
        if (minTone > maxTone) {
            throw new IllegalArgumentException("tone range " + minTone + ".." + maxTone + " is empty");
        }
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public boolean limitsTone() {
        return minTone > TONE_MIN || maxTone < TONE_MAX;
    }

    public boolean matches(Event event, Dataset dataset) {
        if (!eventKinds.isEmpty() && (event.kind() == null || !eventKinds.contains(event.kind()))) {
            return false;
        }
        if (!tags.isEmpty() && event.tags().stream().noneMatch(tags::contains)) {
            return false;
        }
        if (limitsTone() && !(event.hasTone() && event.tone() >= minTone && event.tone() <= maxTone)) {
            return false;
        }
        if (dateRange != null && !dateRange.overlaps(event.when().start(), event.when().end())) {
            return false;
        }
        if (!countries.isEmpty() && EventCountries.of(event, dataset).stream().noneMatch(countries::contains)) {
            return false;
        }
        if (!actorKinds.isEmpty() && !hasParticipantOfKind(event, dataset)) {
            return false;
        }
        return minReliability == null || hasReliableCitation(event.citations(), dataset);
    }

    /**
     * Whether a relation passes the parts of the filter that speak to relations: its period must meet
     * the date range, a source of the least reliability must cite it, and its tone must lie in a narrowed
     * tone range. Event kinds and tags are words for events, so they leave relations alone. So do
     * countries: a relation takes place nowhere, and counting it by its actors' countries would be a second
     * rule beside the one that events, and the map's counts, follow.
     */
    public boolean matches(Relation relation, Dataset dataset) {
        if (!meetsDateRange(relation.when())) {
            return false;
        }
        if (limitsTone() && !(relation.hasTone() && relation.tone() >= minTone && relation.tone() <= maxTone)) {
            return false;
        }
        return minReliability == null || hasReliableCitation(relation.citations(), dataset);
    }

    /** Whether something of this period (null: always) meets the date range. */
    public boolean meetsDateRange(When when) {
        return dateRange == null || when == null || dateRange.overlaps(when.start(), when.end());
    }

    private boolean hasParticipantOfKind(Event event, Dataset dataset) {
        for (Participant p : event.participants()) {
            ActorKind kind = dataset.actor(p.actor()).map(Actor::kind).orElse(null);
            if (kind != null && actorKinds.contains(kind)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasReliableCitation(List<Citation> citations, Dataset dataset) {
        for (Citation c : citations) {
            Reliability r = dataset.source(c.source()).map(Source::reliability).orElse(null);
            if (r != null && r.atLeast(minReliability)) {
                return true;
            }
        }
        return false;
    }

    public Filter withActorKinds(Set<ActorKind> kinds) {
        return new Filter(kinds, eventKinds, tags, countries, minReliability, minTone, maxTone, dateRange);
    }

    public Filter withEventKinds(Set<String> kinds) {
        return new Filter(actorKinds, kinds, tags, countries, minReliability, minTone, maxTone, dateRange);
    }

    public Filter withTags(Set<String> newTags) {
        return new Filter(actorKinds, eventKinds, newTags, countries, minReliability, minTone, maxTone, dateRange);
    }

    /** Only events of these countries (alpha-3 codes), by {@link EventCountries}; empty for any. */
    public Filter withCountries(Set<String> codes) {
        return new Filter(actorKinds, eventKinds, tags, codes, minReliability, minTone, maxTone, dateRange);
    }

    public Filter withMinReliability(Reliability reliability) {
        return new Filter(actorKinds, eventKinds, tags, countries, reliability, minTone, maxTone, dateRange);
    }

    public Filter withTone(double min, double max) {
        return new Filter(actorKinds, eventKinds, tags, countries, minReliability, min, max, dateRange);
    }

    public Filter withDateRange(TimeWindow range) {
        return new Filter(actorKinds, eventKinds, tags, countries, minReliability, minTone, maxTone, range);
    }
}
