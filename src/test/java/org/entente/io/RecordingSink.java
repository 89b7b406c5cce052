package org.entente.io;

import java.util.ArrayList;
import java.util.List;
import org.entente.model.Actor;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Membership;
import org.entente.model.Period;
import org.entente.model.Relation;
import org.entente.model.Source;

/** A sink that writes down every call it gets, in order, as short text a test can compare. */
final class RecordingSink implements DatasetSink {
    final List<String> calls = new ArrayList<>();

    @Override
    public void source(Source source) {
        calls.add("source " + source.id());
    }

    @Override
    public void actor(Actor actor) {
        calls.add("actor " + actor.id() + organizations(actor));
    }

    @Override
    public void event(Event event) {
        calls.add("event " + event.id());
    }

    @Override
    public void relation(Relation relation) {
        calls.add("relation " + relation.id());
    }

    @Override
    public void period(Period period) {
        calls.add("period " + period.id());
    }

    @Override
    public void withdraw(RecordKind kind, int index) {
        calls.add("withdraw " + kind + " " + index);
    }

    @Override
    public void replaceActor(int index, Actor actor) {
        calls.add("replace actor " + index + " " + actor.id() + organizations(actor));
    }

    @Override
    public void end(String title, String description, Extras extras) {
        calls.add("end " + title);
    }

    private static List<String> organizations(Actor actor) {
        return actor.memberships().stream().map(Membership::organization).toList();
    }
}
