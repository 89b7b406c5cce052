package org.entente.filter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.entente.model.ActorKind;
import org.entente.query.Filter;

/**
 * A filter in words, one phrase for each thing it limits, as its chips read them and a briefing states
 * them: the values of one phrase are alternatives ("or"), and an event must pass every phrase ("and").
 */
public final class FilterWords {
    private FilterWords() {
    }

    /**
     * One limit of a filter: what it says, what it means (a chip's tooltip), and the filter without it.
     */
    public record Phrase(String label, String meaning, Filter without) {
    }

    public static List<Phrase> phrases(Filter filter) {
        List<Phrase> phrases = new ArrayList<>();
        if (!filter.actorKinds().isEmpty()) {
            phrases.add(new Phrase("Actor kind: " + alternatives(kinds(filter.actorKinds())),
                    "Events with a participant of any of these kinds", filter.withActorKinds(Set.of())));
        }
        if (!filter.eventKinds().isEmpty()) {
            phrases.add(new Phrase("Kind: " + alternatives(new TreeSet<>(filter.eventKinds())),
                    "Events of any of these kinds", filter.withEventKinds(Set.of())));
        }
        if (!filter.tags().isEmpty()) {
            phrases.add(new Phrase("Tag: " + alternatives(filter.tags().stream().sorted().map(tag -> "#" + tag).toList()),
                    "Events with any of these tags", filter.withTags(Set.of())));
        }
        if (!filter.countries().isEmpty()) {
            List<String> names = filter.countries().stream().map(FilterText::country).sorted().toList();
            phrases.add(new Phrase("Country: " + alternatives(names),
                    "Events that took place in any of these countries, or, where the place is not known,"
                            + " with a participant from one", filter.withCountries(Set.of())));
        }
        if (filter.minReliability() != null) {
            phrases.add(new Phrase("Sources " + filter.minReliability().name() + " or better",
                    "Events and relations cited by at least one source this reliable", filter.withMinReliability(null)));
        }
        if (filter.limitsTone()) {
            phrases.add(new Phrase(String.format(Locale.ROOT, "Tone %+.0f to %+.0f", filter.minTone(), filter.maxTone()),
                    "Events and relations with a tone in this range; those without a tone are hidden",
                    filter.withTone(Filter.TONE_MIN, Filter.TONE_MAX)));
        }
        if (filter.dateRange() != null) {
            phrases.add(new Phrase("Dates " + FilterText.range(filter.dateRange()),
                    "Events and relations that overlap these dates", filter.withDateRange(null)));
        }
        return phrases;
    }

    /** The whole filter as one line: "Kind: official-visit or parade and Tag: #high-level-visit". */
    public static String sentence(Filter filter) {
        return String.join(" and ", phrases(filter).stream().map(Phrase::label).toList());
    }

    private static List<String> kinds(Set<ActorKind> kinds) {
        List<String> names = new ArrayList<>();
        for (ActorKind kind : ActorKind.values()) {
            if (kinds.contains(kind)) {
                names.add(kind.id());
            }
        }
        return names;
    }

    /** "a", "a or b", "a, b or c": any one of the values will do. */
    static String alternatives(Collection<String> values) {
        List<String> list = List.copyOf(values);
        if (list.size() < 2) {
            return String.join("", list);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
    }
}
