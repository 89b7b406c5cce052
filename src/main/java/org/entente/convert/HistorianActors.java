package org.entente.convert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Extras;
import org.entente.model.Membership;
import org.entente.time.When;

/**
 * The actors of an Office of the Historian import. Identity is kept apart from names: a traveller is his
 * {@code who} id (two people of one name stay two, one person keeps one actor however his name is
 * written); a visitor is the visitor text exactly as written, together with the country he came from; a
 * state is its ISO code (so Czechia and the Czech Republic are one state), or its slug when it has none,
 * and a place that is not a state (Antarctica, the West Bank) its slug.
 * An actor's name is the one its latest record gives, its other names are aliases.
 */
final class HistorianActors {
    static final String UNITED_STATES = "USA";

    private static final class Draft {
        final String id;
        final ActorKind kind;
        final String country;
        /** Each name given to the actor, with the latest instant ({@link When#start()}) it was given on. */
        final Map<String, Long> names = new TreeMap<>();
        final Set<String> roles = new LinkedHashSet<>();
        String description;

        Draft(String id, ActorKind kind, String country) {
            this.id = id;
            this.kind = kind;
            this.country = country;
        }

        void named(String name, When when) {
            names.merge(name, when == null ? Long.MIN_VALUE : when.start(), Math::max);
        }

        /**
         * The name of the latest record ("Czechia", not "Czech Republic"), preferring a plain name to one
         * that qualifies it ("Denmark (Greenland)"), and the first in alphabetical order among names of the
         * same date: the same for the same input, whatever order it comes in.
         */
        String name() {
            return names.entrySet().stream().max(Comparator.comparing((Map.Entry<String, Long> e) -> !e.getKey().contains("("))
                    .thenComparingLong(Map.Entry::getValue)
                    .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).orElseThrow().getKey();
        }
    }

    private final Map<String, Draft> byKey = new LinkedHashMap<>();
    private final Slugs ids = new Slugs("");

    /** The actor of the country a slug and the Historian's name for it stand for, so named {@code when}. */
    String country(String slug, String name, When when) {
        String code = HistorianCountries.alpha3(slug, name);
        boolean state = HistorianCountries.isState(slug);
        Draft draft = byKey.computeIfAbsent(state && code != null ? "country:" + code : "place:" + slug, key -> new Draft(
                ids.unique(state && code != null ? code.toLowerCase(Locale.ROOT) : slug),
                state ? ActorKind.STATE : ActorKind.OTHER, code));
        draft.named(name, when);
        return draft.id;
    }

    String unitedStates() {
        return byKey.computeIfAbsent("country:" + UNITED_STATES, key -> {
            Draft draft = new Draft(ids.unique("usa"), ActorKind.STATE, UNITED_STATES);
            draft.named("United States", null);
            return draft;
        }).id;
    }

    /**
     * A president or secretary of state by the Historian's id for him, holding {@code role} in the United
     * States ({@code role} is null when the record's role is not one the importer knows).
     */
    String traveller(String who, String name, String role, When when) {
        Draft draft = byKey.computeIfAbsent("traveller:" + who,
                key -> new Draft(ids.unique(who), ActorKind.PERSON, UNITED_STATES));
        draft.named(name, when);
        if (role != null) {
            draft.roles.add(role);
        }
        return draft.id;
    }

    /**
     * A visiting leader, named with his title as the Historian writes it, from the country given; one of
     * {@link HistorianNamesakes} is told apart by the year of his visit.
     */
    String visitor(String written, String fromKey, String country, String fromName, When when) {
        String distinction = HistorianNamesakes.distinction(country, written, when);
        String name = distinction == null ? written : written + " (" + distinction + ")";
        Draft draft = byKey.computeIfAbsent("visitor:" + fromKey + "\t" + name,
                key -> new Draft(ids.unique(name), ActorKind.PERSON, country));
        draft.named(name, when);
        if (draft.description == null) {
            draft.description = "Foreign leader visiting the United States from " + fromName + ".";
        }
        return draft.id;
    }

    List<Actor> build() {
        String usa = hasTravellers() ? unitedStates() : null;
        List<Actor> actors = new ArrayList<>(byKey.size());
        for (Draft draft : byKey.values()) {
            String name = draft.name();
            List<String> aliases = draft.names.keySet().stream().filter(other -> !other.equals(name)).toList();
            List<Membership> memberships = draft.roles.stream().map(role -> new Membership(usa, role, null)).toList();
            String description = draft.roles.isEmpty() ? draft.description
                    : String.join(" and ", draft.roles) + " of the United States.";
            actors.add(new Actor(draft.id, name, draft.kind, aliases, draft.country, description, memberships,
                    Extras.NONE));
        }
        return actors;
    }

    private boolean hasTravellers() {
        return byKey.keySet().stream().anyMatch(key -> key.startsWith("traveller:"));
    }
}
