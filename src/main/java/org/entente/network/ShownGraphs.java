package org.entente.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.entente.model.Actor;
import org.entente.model.Event;

/**
 * Makes the {@link ShownGraph} of a scene: the nodes and edges the user sees, with the spells and the
 * kinds of the events behind each edge.
 */
public final class ShownGraphs {

    /** Who a node is, besides its place in the graph: what {@link ShownNode} says of it. */
    public record NodeFacts(String id, String label, String kind, String country, boolean group, int members,
                            int events) {
    }

    private ShownGraphs() {
    }

    /**
     * The graph on show of a window graph's events: call it on the thread that moves the window graph. It
     * reads what moves with the window now (the window's time and each node's events) and returns what
     * builds the rest from parts that never change (the pairs, the scene, the groups), on any thread: a
     * scene of many ties walks many events. {@code memberships} and {@code relations} say whether the scene
     * shows them, as it was made with.
     */
    public static Supplier<ShownGraph> ofEvents(String dataset, WindowGraph window, GraphScene scene, ActorGroups groups,
                                                boolean memberships, boolean relations) {
        PairIndex pairs = window.pairs();
        List<Actor> actors = pairs.dataset().actors();
        NodeFacts[] facts = new NodeFacts[scene.nodeCount()];
        for (int slot = 0; slot < facts.length; slot++) {
            int node = scene.node(slot);
            int group = groups.groupOfNode(node);
            facts[slot] = group < 0 ? actorFacts(actors.get(node), window.actorEvents(node))
                    : groupFacts(actors, groups, group, window);
        }
        long from = window.start();
        long to = window.end();
        return () -> {
            EdgeWalk walk = new EdgeWalk(pairs, scene, groups, from, to, memberships, relations);
            return assemble(dataset, from, to, groups.by(), false, scene, slot -> facts[slot], walk::edge);
        };
    }

    /**
     * The graph on show of a store's counted pairs, whose events were never fetched: every edge's spell is
     * the graph's whole time [{@code from}, {@code to}), and it has no kinds; {@code facts} names each node.
     */
    public static ShownGraph ofCounted(String dataset, long from, long to, GraphScene scene, IntFunction<NodeFacts> facts) {
        List<Spell> whole = List.of(new Spell(from, to));
        return assemble(dataset, from, to, GroupBy.NONE, true, scene, slot -> facts.apply(scene.node(slot)),
                edge -> new EdgeFacts(scene.count(edge), 0, 0, List.of(), whole));
    }

    private static NodeFacts actorFacts(Actor actor, int events) {
        return new NodeFacts(actor.id(), actor.name(), actor.kind().id(), actor.country(), false, 1, events);
    }

    /** A group's country is its members' when they all share one (as in every group by country), else unknown. */
    private static NodeFacts groupFacts(List<Actor> actors, ActorGroups groups, int group, WindowGraph window) {
        int[] members = groups.members(group);
        String country = actors.get(members[0]).country();
        int events = 0;
        for (int member : members) {
            events += window.actorEvents(member);
            if (country != null && !country.equalsIgnoreCase(actors.get(member).country())) {
                country = null;
            }
        }
        // Groups by country fold codes whatever their case, as ActorGroups does, and are named in capitals.
        country = country == null ? null : country.toUpperCase(Locale.ROOT);
        return new NodeFacts(groups.id(group), groups.label(group), groups.kind(group).id(), country, true,
                members.length, events);
    }

    /** What an edge stands for: its events, relations and memberships, kinds and spells. */
    record EdgeFacts(int events, int relations, int memberships, List<KindCount> kinds, List<Spell> spells) {
    }

    private static ShownGraph assemble(String dataset, long from, long to, GroupBy grouping, boolean counted,
                                       GraphScene scene, IntFunction<NodeFacts> factsOfSlot,
                                       IntFunction<EdgeFacts> factsOfEdge) {
        int slots = scene.nodeCount();
        int[] degree = new int[slots];
        List<List<Spell>> nodeSpells = new ArrayList<>(slots);
        for (int slot = 0; slot < slots; slot++) {
            nodeSpells.add(new ArrayList<>());
        }
        List<ShownEdge> edges = new ArrayList<>(scene.edgeCount());
        for (int edge = 0; edge < scene.edgeCount(); edge++) {
            int a = scene.slotOf(scene.first(edge));
            int b = scene.slotOf(scene.second(edge));
            EdgeFacts facts = factsOfEdge.apply(edge);
            degree[a]++;
            degree[b]++;
            nodeSpells.get(a).addAll(facts.spells());
            nodeSpells.get(b).addAll(facts.spells());
            int flags = scene.flags(edge);
            boolean forth = (flags & (GraphScene.DIRECTED_FIRST_TO_SECOND | GraphScene.FIRST_MEMBER_OF_SECOND)) != 0;
            boolean back = (flags & (GraphScene.DIRECTED_SECOND_TO_FIRST | GraphScene.SECOND_MEMBER_OF_FIRST)) != 0;
            // An arrow pointing one way only goes from the source to the target, so the ends turn when it points back.
            String source = factsOfSlot.apply(back && !forth ? b : a).id();
            String target = factsOfSlot.apply(back && !forth ? a : b).id();
            ShownEdge.Arrow arrow = forth && back ? ShownEdge.Arrow.BOTH_WAYS
                    : forth || back ? ShownEdge.Arrow.SOURCE_TO_TARGET : ShownEdge.Arrow.NONE;
            edges.add(new ShownEdge(source, target, arrow, scene.count(edge), facts.events(), facts.relations(),
                    facts.memberships(), scene.tone(edge), (flags & GraphScene.WEAK_ONLY) != 0, facts.kinds(),
                    facts.spells()));
        }
        List<ShownNode> nodes = new ArrayList<>(slots);
        for (int slot = 0; slot < slots; slot++) {
            NodeFacts f = factsOfSlot.apply(slot);
            nodes.add(new ShownNode(f.id(), f.label(), f.kind(), f.country(), f.group(), f.members(), f.events(),
                    scene.weight(slot), degree[slot], Spell.merged(nodeSpells.get(slot))));
        }
        return new ShownGraph(dataset, from, to, grouping, counted, nodes, edges);
    }

    /**
     * Walks the dataset's pairs once, giving each to the scene's edge that shows it (its own, or its groups'
     * tie), and sums what each edge stands for within the window: the pairs' events, and the relations and
     * memberships in force when the scene shows them, as the scene counted them.
     */
    private static final class EdgeWalk {
        private final List<Map<String, Integer>> kinds = new ArrayList<>();
        private final List<List<Spell>> spells = new ArrayList<>();
        private final int[] events;
        private final int[] relations;
        private final int[] memberships;

        EdgeWalk(PairIndex pairs, GraphScene scene, ActorGroups groups, long from, long to, boolean showMemberships,
                 boolean showRelations) {
            int n = scene.edgeCount();
            events = new int[n];
            relations = new int[n];
            memberships = new int[n];
            Map<Long, Integer> edgeOf = new HashMap<>(2 * n);
            for (int edge = 0; edge < n; edge++) {
                edgeOf.put(key(scene.first(edge), scene.second(edge)), edge);
                kinds.add(new HashMap<>());
                spells.add(new ArrayList<>());
            }
            for (int pair = 0; pair < pairs.pairCount(); pair++) {
                Integer edge = edgeOf.get(key(groups.node(pairs.first(pair)), groups.node(pairs.second(pair))));
                if (edge != null) {
                    addEvents(pairs, pair, edge, from, to);
                    addLinks(pairs, pair, edge, from, to, showMemberships, showRelations);
                }
            }
        }

        private static long key(int a, int b) {
            return (long) Math.min(a, b) << 32 | Math.max(a, b);
        }

        private void addEvents(PairIndex pairs, int pair, int edge, long from, long to) {
            List<Event> all = pairs.dataset().events();
            Grouping byPair = pairs.eventsByPair();
            for (int slot = byPair.start(pair); slot < byPair.end(pair); slot++) {
                Event event = all.get(byPair.itemAt(slot));
                if (event.when().start() >= to) {
                    break;
                }
                if (event.when().end() > from) {
                    events[edge]++;
                    kinds.get(edge).merge(event.kind(), 1, Integer::sum);
                    spells.get(edge).add(clip(event.when().start(), event.when().end(), from, to));
                }
            }
        }

        private void addLinks(PairIndex pairs, int pair, int edge, long from, long to, boolean showMemberships,
                              boolean showRelations) {
            Links links = pairs.links();
            Grouping byPair = pairs.linksByPair();
            for (int slot = byPair.start(pair); slot < byPair.end(pair); slot++) {
                int link = byPair.itemAt(slot);
                boolean membership = links.isMembership(link);
                if (links.holds(link, from, to) && (membership ? showMemberships : showRelations)) {
                    if (membership) {
                        memberships[edge]++;
                    } else {
                        relations[edge]++;
                    }
                    spells.get(edge).add(clip(links.start(link), links.end(link), from, to));
                }
            }
        }

        /** A span cut to the window: an event or a relation reaching beyond the graph's time is shown within it. */
        private static Spell clip(long start, long end, long from, long to) {
            return new Spell(Math.max(start, from), Math.min(end, to));
        }

        EdgeFacts edge(int edge) {
            return new EdgeFacts(events[edge], relations[edge], memberships[edge], PairSummaries.mostFirst(kinds.get(edge)),
                    Spell.merged(spells.get(edge)));
        }
    }
}
