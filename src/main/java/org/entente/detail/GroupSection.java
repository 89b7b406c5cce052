package org.entente.detail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.entente.index.IntList;
import org.entente.model.Event;
import org.entente.model.Participant;
import org.entente.state.Selection;

/**
 * A group of actors the graph shows as one node (a country, a kind, a community), and the ties between two
 * such groups: who is in it, its activity over time, and every event, each a link to what lies behind it.
 */
final class GroupSection {
    private static final int MEMBERS_LISTED = 60;
    private static final int PAIRS_LISTED = 10;

    private GroupSection() {
    }

    static Node of(Selection.OfGroup group, DetailContext context) {
        VBox box = Blocks.section(Blocks.title(group.label()));
        box.getStyleClass().add("group-detail");
        box.getChildren().add(Blocks.muted(DetailText.plural(group.members().size(), "actor") + " " + what(group)
                + ", shown in the graph as one node. Double-click it there to open it in place."));
        IntList events = Filtering.events(context.actorEvents().ofAny(group.members()), context);
        chart(box, events, false, context);
        box.getChildren().add(Blocks.heading("Members, busiest first"));
        box.getChildren().add(members(group, context));
        box.getChildren().add(Blocks.heading(DetailText.plural(events.size(), "event")
                + (context.filter().isEmpty() ? "" : " that pass the filter")));
        box.getChildren().add(Blocks.events(events, context));
        return box;
    }

    static Node of(Selection.OfGroupPair tie, DetailContext context) {
        VBox box = Blocks.section(Blocks.title(tie.first().label() + " \u2013 " + tie.second().label()));
        box.getStyleClass().add("group-detail");
        box.getChildren().add(Blocks.flow(Blocks.link(tie.first().label(), context, target(tie.first())),
                Blocks.text("and"), Blocks.link(tie.second().label(), context, target(tie.second()))));
        IntList shared = shared(tie, context);
        box.getChildren().add(Blocks.muted("Events in which a member of each side takes part."));
        chart(box, shared, true, context);
        box.getChildren().addAll(pairs(tie, shared, context));
        box.getChildren().add(Blocks.heading(DetailText.plural(shared.size(), "shared event")
                + (context.filter().isEmpty() ? "" : " that pass the filter")));
        box.getChildren().add(Blocks.events(shared, context));
        return box;
    }

    /** A side of a tie is a group, or an actor on its own: selecting it selects what it is. */
    private static Selection target(Selection.OfGroup side) {
        return side.members().size() == 1 && side.members().contains(side.groupId())
                ? Selection.actor(side.groupId()) : side;
    }

    private static String what(Selection.OfGroup group) {
        String id = group.groupId();
        if (id.startsWith("country:")) {
            return "of this country (its state, people and bodies)";
        }
        if (id.startsWith("kind:")) {
            return "of this kind";
        }
        return "that deal mostly with one another";
    }

    private static void chart(VBox box, IntList events, boolean tone, DetailContext context) {
        if (events.size() > 0) {
            box.getChildren().add(Blocks.heading(tone ? "Interactions and tone over time" : "Activity over time"));
            box.getChildren().add(new ActivityChart(ActivitySeries.of(context.dataset().events(), events,
                    ActorSection.CHART_BINS), tone));
        }
    }

    /** The members by their events (those the filter lets through), each a link to the actor. */
    private static Node members(Selection.OfGroup group, DetailContext context) {
        record Member(String id, int events) {
        }
        List<Member> members = new ArrayList<>();
        for (String id : group.members()) {
            members.add(new Member(id, Filtering.events(context.actorEvents().of(id), context).size()));
        }
        members.sort(Comparator.comparingInt(Member::events).reversed().thenComparing(Member::id));
        List<Node> links = new ArrayList<>();
        for (Member m : members.subList(0, Math.min(MEMBERS_LISTED, members.size()))) {
            links.add(Blocks.link(context.dataset().actorName(m.id()) + " (" + m.events() + ")", context,
                    Selection.actor(m.id())));
        }
        if (members.size() > MEMBERS_LISTED) {
            links.add(Blocks.muted("and " + (members.size() - MEMBERS_LISTED) + " more"));
        }
        return Blocks.flow(links.toArray(Node[]::new));
    }

    /** The first side's events that a member of the other side takes part in, earliest first. */
    private static IntList shared(Selection.OfGroupPair tie, DetailContext context) {
        IntList first = Filtering.events(context.actorEvents().ofAny(tie.first().members()), context);
        IntList shared = new IntList(Math.max(1, first.size()));
        for (int i = 0; i < first.size(); i++) {
            if (!sides(context.dataset().events().get(first.get(i)), tie.second().members()).isEmpty()) {
                shared.add(first.get(i));
            }
        }
        return shared;
    }

    private static List<String> sides(Event e, Set<String> members) {
        List<String> found = new ArrayList<>(2);
        for (Participant p : e.participants()) {
            if (members.contains(p.actor()) && !found.contains(p.actor())) {
                found.add(p.actor());
            }
        }
        return found;
    }

    /** The pairs of members behind the tie, most shared events first, each a link to the pair. */
    private static List<Node> pairs(Selection.OfGroupPair tie, IntList shared, DetailContext context) {
        Map<Selection.OfPair, Integer> counts = new HashMap<>();
        for (int i = 0; i < shared.size(); i++) {
            Event e = context.dataset().events().get(shared.get(i));
            for (String a : sides(e, tie.first().members())) {
                for (String b : sides(e, tie.second().members())) {
                    if (!a.equals(b)) {
                        counts.merge(new Selection.OfPair(a, b), 1, Integer::sum);
                    }
                }
            }
        }
        if (counts.size() < 2) {
            return List.of();
        }
        List<Map.Entry<Selection.OfPair, Integer>> top = new ArrayList<>(counts.entrySet());
        top.sort(Map.Entry.<Selection.OfPair, Integer>comparingByValue().reversed()
                .thenComparing(entry -> entry.getKey().first() + "\u0000" + entry.getKey().second()));
        List<Node> links = new ArrayList<>();
        for (Map.Entry<Selection.OfPair, Integer> entry : top.subList(0, Math.min(PAIRS_LISTED, top.size()))) {
            Selection.OfPair pair = entry.getKey();
            links.add(Blocks.link(context.dataset().actorName(pair.first()) + " \u2013 "
                    + context.dataset().actorName(pair.second()) + " (" + entry.getValue() + ")", context, pair));
        }
        return List.of(Blocks.heading("The pairs behind this tie"), Blocks.flow(links.toArray(Node[]::new)));
    }
}
