package org.entente.detail;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.entente.index.ActorEvents;
import org.entente.index.IntList;
import org.entente.model.Actor;
import org.entente.model.Membership;
import org.entente.model.Relation;
import org.entente.state.Selection;

/** An actor: who it is, its memberships and relations, its activity over time, its counterparts and every event. */
final class ActorSection {
    static final int CHART_BINS = 60;
    private static final int COUNTERPARTS = 8;

    private ActorSection() {
    }

    static Node of(Actor actor, DetailContext context) {
        VBox box = Blocks.section(Blocks.title(actor.name()));
        box.getStyleClass().add("actor-detail");
        box.getChildren().add(Blocks.facts(new String[][] {
            {"Kind", actor.kind() == null ? null : actor.kind().id()},
            {"Also known as", String.join(", ", actor.aliases())},
            {"Country", actor.country()}}));
        if (actor.description() != null) {
            box.getChildren().add(Blocks.text(actor.description()));
        }
        box.getChildren().addAll(ComparisonSection.ofActor(actor.id(), context));
        box.getChildren().addAll(memberships(actor, context));
        box.getChildren().addAll(members(actor, context));
        box.getChildren().addAll(relations(actor, context));
        IntList events = Filtering.events(context.actorEvents().of(actor.id()), context);
        if (events.size() > 0) {
            box.getChildren().add(Blocks.heading("Activity over time"));
            box.getChildren().add(new ActivityChart(ActivitySeries.of(context.dataset().events(), events, CHART_BINS), false));
        }
        box.getChildren().addAll(counterparts(actor, context));
        box.getChildren().add(Blocks.heading(DetailText.plural(events.size(), "event")
                + (context.filter().isEmpty() ? "" : " that pass the filter")
                + (context.state().getStore() == null ? "" : " among those fetched from the store")));
        box.getChildren().add(Blocks.events(events, context));
        box.getChildren().add(context.storeEvents().ofActor(actor.id(), context));
        box.getChildren().addAll(ExtrasBlock.of(actor.extras().fields()));
        return box;
    }

    private static List<Node> memberships(Actor actor, DetailContext context) {
        List<Node> nodes = new ArrayList<>();
        if (actor.memberships().isEmpty()) {
            return nodes;
        }
        nodes.add(Blocks.heading("Member of"));
        for (Membership m : actor.memberships()) {
            nodes.add(Blocks.flow(Blocks.text((m.role() == null ? "member" : m.role()) + " of"),
                    Blocks.link(context.dataset().actorName(m.organization()), context, Selection.actor(m.organization())),
                    Blocks.muted(m.when() == null ? "" : DetailText.date(m.when()))));
        }
        return nodes;
    }

    /** The actors that name this one as their organisation, such as a government's ministers. */
    private static List<Node> members(Actor organization, DetailContext context) {
        List<Node> nodes = new ArrayList<>();
        for (Actor other : context.dataset().actors()) {
            for (Membership m : other.memberships()) {
                if (m.organization().equals(organization.id())) {
                    if (nodes.isEmpty()) {
                        nodes.add(Blocks.heading("Members"));
                    }
                    nodes.add(Blocks.flow(Blocks.link(other.name(), context, Selection.actor(other.id())),
                            Blocks.text(m.role() == null ? "" : m.role()),
                            Blocks.muted(m.when() == null ? "" : DetailText.date(m.when()))));
                }
            }
        }
        return nodes;
    }

    private static List<Node> relations(Actor actor, DetailContext context) {
        List<Node> nodes = new ArrayList<>();
        for (Relation r : context.dataset().relations()) {
            if (!r.from().equals(actor.id()) && !r.to().equals(actor.id())) {
                continue;
            }
            if (nodes.isEmpty()) {
                nodes.add(Blocks.heading("Relations"));
            }
            String other = r.from().equals(actor.id()) ? r.to() : r.from();
            String kind = r.kind() + (r.directed() ? (r.from().equals(actor.id()) ? " \u2192" : " \u2190") : " with");
            nodes.add(Blocks.flow(Blocks.text(kind), Blocks.link(context.dataset().actorName(other), context,
                    Selection.pair(actor.id(), other)), Blocks.muted(r.when() == null ? "" : DetailText.date(r.when()))));
        }
        return nodes;
    }

    private static List<Node> counterparts(Actor actor, DetailContext context) {
        List<Node> nodes = new ArrayList<>();
        List<ActorEvents.Counterpart> top = context.actorEvents().counterparts(actor.id(), COUNTERPARTS);
        if (top.isEmpty()) {
            return nodes;
        }
        nodes.add(Blocks.heading("Most frequent counterparts"));
        List<Node> links = new ArrayList<>();
        for (ActorEvents.Counterpart c : top) {
            links.add(Blocks.link(context.dataset().actorName(c.actorId()) + " (" + c.sharedEvents() + ")", context,
                    Selection.pair(actor.id(), c.actorId())));
        }
        nodes.add(Blocks.flow(links.toArray(Node[]::new)));
        return nodes;
    }
}
