package org.entente.graph;

import java.util.Arrays;
import java.util.List;
import org.entente.model.Dataset;
import org.entente.network.PairIndex;
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

    /** What the shared selection and the pointer bring forward, as actor and pair indices of the graph. */
    static Emphasis of(ViewState state, PairIndex pairs, int hoveredActor, int hoveredPair) {
        Selection selection = state.getSelection();
        int actor = selection instanceof Selection.OfActor a ? pairs.actor(a.actorId()) : -1;
        int first = -1;
        int second = -1;
        if (selection instanceof Selection.OfPair p && pairs.actor(p.first()) >= 0 && pairs.actor(p.second()) >= 0) {
            first = Math.min(pairs.actor(p.first()), pairs.actor(p.second()));
            second = Math.max(pairs.actor(p.first()), pairs.actor(p.second()));
        }
        return new Emphasis(actor, first, second, eventActors(state, pairs, selection), hoveredActor,
                hoveredPair < 0 ? -1 : pairs.first(hoveredPair), hoveredPair < 0 ? -1 : pairs.second(hoveredPair));
    }

    /** The actors of the selected event or events, sorted, so that the graph shows who took part. */
    private static int[] eventActors(ViewState state, PairIndex pairs, Selection selection) {
        List<String> ids = selection instanceof Selection.OfEvent e ? List.of(e.eventId())
                : selection instanceof Selection.OfEvents many ? many.eventIds() : List.of();
        if (ids.isEmpty() || state.getDataset() == null) {
            return new int[0];
        }
        Dataset dataset = state.getDataset().dataset();
        return ids.stream().flatMap(id -> dataset.event(id).stream()).flatMap(event -> event.participants().stream())
                .mapToInt(p -> pairs.actor(p.actor())).filter(index -> index >= 0).distinct().sorted().toArray();
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
