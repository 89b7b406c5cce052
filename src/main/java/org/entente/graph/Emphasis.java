package org.entente.graph;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.entente.model.Dataset;
import org.entente.network.TieEnds;
import org.entente.state.Selection;
import org.entente.state.ViewState;

/**
 * What the frame brings forward: the selected actor, the selected pair, or the actors of the selected
 * event (from the shared selection), and what the pointer is over. Hovering a node dims everything but
 * it, its neighbours and the edges between them. Indices are actors, -1 for none; the hovered edge is
 * named by its two actors.
 */
record Emphasis(int selectedActor, int selectedFirst, int selectedSecond, int[] eventActors, int hoveredActor,
                int hoveredFirst, int hoveredSecond) {
    static final Emphasis NONE = new Emphasis(-1, -1, -1, new int[0], -1, -1, -1);

    /** {@code eventActors} must be sorted. */
    Emphasis {
        eventActors = eventActors.clone();
    }

    /**
     * What the shared selection and the pointer bring forward, as nodes and ties of the graph: an actor in a
     * folded group brings its group forward, and a group the graph does not fold (after a change of grouping)
     * brings its members forward.
     */
    static Emphasis of(ViewState state, LiveGraph graph, int hoveredNode, int hoveredTie) {
        Selection selection = state.getSelection();
        int node = -1;
        int first = -1;
        int second = -1;
        IntStream also = IntStream.empty();
        if (selection instanceof Selection.OfActor a) {
            node = graph.node(a.actorId());
        } else if (selection instanceof Selection.OfGroup g) {
            node = graph.node(g.groupId());
            also = node >= 0 ? also : members(graph, g);
        } else if (selection instanceof Selection.OfPair p) {
            first = graph.node(p.first());
            second = graph.node(p.second());
        } else if (selection instanceof Selection.OfGroupPair p) {
            first = graph.node(p.first().groupId());
            second = graph.node(p.second().groupId());
            also = first >= 0 && second >= 0 ? also : IntStream.concat(members(graph, p.first()), members(graph, p.second()));
        }
        if (first < 0 || second < 0 || first == second) {
            node = first == second && first >= 0 ? first : node;
            first = -1;
            second = -1;
        }
        int[] eventNodes = IntStream.concat(also, eventActors(state, graph, selection))
                .filter(n -> n >= 0).distinct().sorted().toArray();
        TieEnds ties = graph.tieEnds();
        return new Emphasis(node, Math.min(first, second), Math.max(first, second), eventNodes, hoveredNode,
                hoveredTie < 0 ? -1 : ties.first(hoveredTie), hoveredTie < 0 ? -1 : ties.second(hoveredTie));
    }

    private static IntStream members(LiveGraph graph, Selection.OfGroup group) {
        return group.members().stream().mapToInt(graph::node);
    }

    /** The nodes of the actors of the selected event or events, so that the graph shows who took part. */
    private static IntStream eventActors(ViewState state, LiveGraph graph, Selection selection) {
        List<String> ids = selection instanceof Selection.OfEvent e ? List.of(e.eventId())
                : selection instanceof Selection.OfEvents many ? many.eventIds() : List.of();
        if (ids.isEmpty() || state.getDataset() == null) {
            return IntStream.empty();
        }
        Dataset dataset = state.getDataset().dataset();
        return ids.stream().flatMap(id -> dataset.event(id).stream()).flatMap(event -> event.participants().stream())
                .mapToInt(p -> graph.node(p.actor()));
    }

    boolean isSelected(int actor) {
        return actor >= 0 && (actor == selectedActor || actor == selectedFirst || actor == selectedSecond
                || Arrays.binarySearch(eventActors, actor) >= 0);
    }

    boolean isHovering() {
        return hoveredActor >= 0;
    }

    boolean touchesHover(int first, int second) {
        return first == hoveredActor || second == hoveredActor;
    }
}
