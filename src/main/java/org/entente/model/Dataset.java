package org.entente.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A loaded dataset: immutable lists in file order, with lookups by id. */
public final class Dataset {
    private final String title;
    private final String description;
    private final List<Source> sources;
    private final List<Actor> actors;
    private final List<Event> events;
    private final List<Relation> relations;
    private final List<Period> periods;
    private final Extras extras;
    private final Map<String, Source> sourcesById;
    private final Map<String, Actor> actorsById;
    private final PositionTable<Event> eventPositions;
    private final Map<String, Relation> relationsById;

    public Dataset(String title, String description, List<Source> sources, List<Actor> actors,
                   List<Event> events, List<Relation> relations, Extras extras) {
        this(title, description, sources, actors, events, relations, List.of(), extras);
    }

    public Dataset(String title, String description, List<Source> sources, List<Actor> actors,
                   List<Event> events, List<Relation> relations, List<Period> periods, Extras extras) {
        this(title, description, sources, ActorIndex.of(actors), events, relations, periods, extras);
    }

    /** With actors already indexed, as a store's windows share them. */
    public Dataset(String title, String description, List<Source> sources, ActorIndex actors,
                   List<Event> events, List<Relation> relations, List<Period> periods, Extras extras) {
        this.title = title;
        this.description = description;
        this.sources = List.copyOf(sources);
        this.actors = actors.actors();
        this.events = List.copyOf(events);
        this.relations = List.copyOf(relations);
        this.periods = List.copyOf(periods);
        this.extras = extras;
        this.sourcesById = byId(this.sources, Source::id);
        this.actorsById = actors.byId();
        this.relationsById = byId(this.relations, Relation::id);
        this.eventPositions = new PositionTable<>(this.events, Event::id);
    }

    static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new HashMap<>(Math.max(16, items.size() * 4 / 3 + 1));
        for (T item : items) {
            map.putIfAbsent(id.apply(item), item);
        }
        return map;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public List<Source> sources() {
        return sources;
    }

    public List<Actor> actors() {
        return actors;
    }

    public List<Event> events() {
        return events;
    }

    public List<Relation> relations() {
        return relations;
    }

    public List<Period> periods() {
        return periods;
    }

    public Extras extras() {
        return extras;
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sourcesById.get(id));
    }

    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actorsById.get(id));
    }

    public Optional<Event> event(String id) {
        int position = eventPositions.position(id);
        return position < 0 ? Optional.empty() : Optional.of(events.get(position));
    }

    /** The event's position in {@link #events()}, or -1; the time index refers to events by position. */
    public int eventPosition(String id) {
        return eventPositions.position(id);
    }

    public Optional<Relation> relation(String id) {
        return Optional.ofNullable(relationsById.get(id));
    }

    /** A short name for an actor id, falling back to the id itself so that views never show blanks. */
    public String actorName(String id) {
        Actor actor = actorsById.get(id);
        return actor == null ? id : actor.name();
    }
}
