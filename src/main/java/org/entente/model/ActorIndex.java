package org.entente.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A dataset's actors and their index by id (the first of an id wins), built once and shared by every dataset
 * that holds the same actors: a store answers each window with a dataset of all its actors, and indexing ten
 * thousand of them again was a tenth of the Java time of a day's records. The index is made only from the
 * actors, so the two always agree, and stays a {@code HashMap}, which looks ids up faster than
 * {@code Map.copyOf}'s probing.
 */
public final class ActorIndex {
    private final List<Actor> actors;
    private final Map<String, Actor> byId;

    private ActorIndex(List<Actor> actors) {
        this.actors = List.copyOf(actors);
        this.byId = Collections.unmodifiableMap(Dataset.byId(this.actors, Actor::id));
    }

    public static ActorIndex of(List<Actor> actors) {
        return new ActorIndex(actors);
    }

    public List<Actor> actors() {
        return actors;
    }

    public Map<String, Actor> byId() {
        return byId;
    }
}
