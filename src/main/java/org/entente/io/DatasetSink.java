package org.entente.io;

import org.entente.model.Actor;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Period;
import org.entente.model.Relation;
import org.entente.model.Source;

/**
 * Where the records of a dataset go, one at a time, as a reader or an importer produces them: a dataset in
 * memory, a JSON file or a store on disk. A dataset of a hundred million events passes through a sink
 * without ever being held whole, so a sink must not keep what it is given unless it is meant to.
 *
 * <p>The records of a kind come in file order; kinds may interleave. A record given to the sink may turn
 * out invalid only once the whole input is read (it names an actor or source that never came): the
 * source then withdraws it by its ordinal among the records of its kind given to the sink (counted from 0,
 * withdrawn ones included, so an ordinal never shifts), or, for an actor with a bad membership, gives it
 * again without that membership. Withdrawals and replacements come after every record, in ascending
 * order within a kind, and {@link #end} comes last, once. A sink that cannot keep what it is given (a
 * disk that fills) throws an unchecked exception, which stops the source.
 */
public interface DatasetSink {

    void source(Source source);

    void actor(Actor actor);

    void event(Event event);

    void relation(Relation relation);

    void period(Period period);

    /** The {@code index}th record of this kind given to the sink is not part of the dataset after all. */
    void withdraw(RecordKind kind, int index);

    /** The {@code index}th actor given to the sink is this one instead. */
    void replaceActor(int index, Actor actor);

    /** The whole input is read: the dataset's own fields, which a file may give after its records. */
    void end(String title, String description, Extras extras);

    /** The kinds of record a dataset lists. */
    enum RecordKind {
        SOURCE, ACTOR, EVENT, RELATION, PERIOD
    }
}
