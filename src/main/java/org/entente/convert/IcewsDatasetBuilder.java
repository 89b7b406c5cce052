package org.entente.convert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Source;

/**
 * Gathers the actors, sources and events of ICEWS rows. An actor is one ICEWS name: its kind is decided
 * once all rows are read, from every sector ICEWS gave it, since one row may list fewer than another.
 */
final class IcewsDatasetBuilder {
    private static final class ActorDraft {
        final String id;
        final String name;
        String country;
        final Set<String> sectors = new LinkedHashSet<>();

        ActorDraft(String id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    private final Map<String, ActorDraft> actors = new LinkedHashMap<>();
    private final Slugs actorIds = new Slugs("");
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Slugs sourceIds = new Slugs("icews-");
    private final List<Event> events = new ArrayList<>();

    /** The id of the actor with this ICEWS name, noting its country and sectors. */
    String actor(String name, String country, String sectors) {
        ActorDraft actor = actors.computeIfAbsent(name, n -> new ActorDraft(actorIds.unique(n), n));
        if (actor.country == null) {
            actor.country = country;
        }
        if (sectors != null) {
            for (String sector : sectors.split(",")) {
                if (!sector.isBlank()) {
                    actor.sectors.add(sector.strip());
                }
            }
        }
        return actor.id;
    }

    /** The id of the source for one story of one publisher. */
    String source(String publisher, String storyId) {
        return sources.computeIfAbsent(publisher + '\t' + storyId, key -> {
            String title = publisher == null ? "Story " + storyId : publisher + ", story " + storyId;
            return new Source(sourceIds.unique(storyId), title, publisher, null, null, null, Extras.NONE);
        }).id();
    }

    void add(Event event) {
        events.add(event);
    }

    int events() {
        return events.size();
    }

    Dataset build(String title, String description) {
        List<Actor> built = new ArrayList<>(actors.size());
        for (ActorDraft draft : actors.values()) {
            Map<String, String> extras = new LinkedHashMap<>();
            if (!draft.sectors.isEmpty()) {
                extras.put("x-icews-sectors", JsonText.strings(draft.sectors));
            }
            String alpha3 = CountryNames.alpha3(draft.country).orElse(null);
            if (draft.country != null && alpha3 == null) {
                extras.put("x-icews-country", JsonText.string(draft.country));
            }
            built.add(new Actor(draft.id, draft.name, IcewsActorKinds.kindOf(draft.name, draft.country, draft.sectors),
                    List.of(), alpha3, null, List.of(), Extras.of(extras)));
        }
        return new Dataset(title, description, List.copyOf(sources.values()), built, events, List.of(), Extras.NONE);
    }
}
