package org.entente.model;

import java.util.List;
import java.util.Map;

/**
 * A dataset's actors and their index by id (the first of an id wins), built once and shared by every dataset
 * that holds the same actors: a store answers each window with a dataset of all its actors, and indexing ten
 * thousand of them again was a tenth of the Java time of a day's records.
 */
public record ActorIndex(List<Actor> actors, Map<String, Actor> byId) {
    public ActorIndex {
        actors = List.copyOf(actors);
        byId = Map.copyOf(byId);
    }

    public static ActorIndex of(List<Actor> actors) {
        return new ActorIndex(actors, Dataset.byId(actors, Actor::id));
    }
}
