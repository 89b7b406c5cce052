package org.entente.io;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Period;
import org.entente.model.Relation;
import org.entente.model.Source;

/** The sink that keeps every record it is given, in lists, and makes them a {@link Dataset} at the end. */
public final class DatasetCollector implements DatasetSink {
    private final List<Source> sources = new ArrayList<>();
    private final List<Actor> actors = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<Period> periods = new ArrayList<>();
    /** Positions withdrawn, left in the lists until the end so that later positions keep their meaning. */
    private final Map<RecordKind, BitSet> withdrawn = new EnumMap<>(RecordKind.class);
    private Dataset dataset;

    @Override
    public void source(Source source) {
        sources.add(source);
    }

    @Override
    public void actor(Actor actor) {
        actors.add(actor);
    }

    @Override
    public void event(Event event) {
        events.add(event);
    }

    @Override
    public void relation(Relation relation) {
        relations.add(relation);
    }

    @Override
    public void period(Period period) {
        periods.add(period);
    }

    @Override
    public void withdraw(RecordKind kind, int index) {
        withdrawn.computeIfAbsent(kind, k -> new BitSet()).set(index);
    }

    @Override
    public void replaceActor(int index, Actor actor) {
        actors.set(index, actor);
    }

    @Override
    public void end(String title, String description, Extras extras) {
        dataset = new Dataset(title, description, kept(RecordKind.SOURCE, sources), kept(RecordKind.ACTOR, actors),
                kept(RecordKind.EVENT, events), kept(RecordKind.RELATION, relations), kept(RecordKind.PERIOD, periods),
                extras);
    }

    /** The dataset, once {@link #end} has come. */
    public Optional<Dataset> dataset() {
        return Optional.ofNullable(dataset);
    }

    private <T> List<T> kept(RecordKind kind, List<T> given) {
        BitSet out = withdrawn.get(kind);
        if (out == null) {
            return given;
        }
        List<T> kept = new ArrayList<>(given.size() - out.cardinality());
        for (int i = 0; i < given.size(); i++) {
            if (!out.get(i)) {
                kept.add(given.get(i));
            }
        }
        return kept;
    }
}
