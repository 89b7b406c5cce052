package org.entente.network;

import java.util.Arrays;
import org.entente.index.IntList;
import org.entente.index.SlidingWindow;
import org.entente.index.TimeIndex;
import org.entente.model.Event;

/**
 * The actor graph of a time window: for every pair of actors, how many of the window's events they share,
 * their mean tone, how many rest on weak sources, and how many of their explicit relations and memberships
 * are in force; for every actor, its events in the window.
 *
 * <p>Moving the window applies only the events that enter or leave it ({@link SlidingWindow}), so a scrub
 * step costs what it changes, not the size of the dataset.
 */
public final class WindowGraph {
    /** Bits of {@link #directions(int)}: a directed relation from the pair's first actor to its second. */
    public static final int FIRST_TO_SECOND = 1;
    public static final int SECOND_TO_FIRST = 2;
    /** The first actor is a member of the second, an organisation. */
    public static final int FIRST_MEMBER_OF_SECOND = 4;
    public static final int SECOND_MEMBER_OF_FIRST = 8;

    private final PairIndex pairs;
    private final SlidingWindow window;
    private final int[] pairEvents;
    private final int[] pairRelations;
    private final int[] pairWeakRelations;
    private final int[] pairUndatedRelations;
    private final int[] pairMemberships;
    private final boolean[] linkInForce;
    private final int[] pairWeak;
    private final double[] pairTone;
    private final int[] pairToned;
    private final int[] actorEvents;
    private final int[] activeSlot;
    private final IntList active = new IntList();

    public WindowGraph(PairIndex pairs, TimeIndex time) {
        this.pairs = pairs;
        this.window = new SlidingWindow(time, this::apply, this::clearEvents);
        int n = pairs.pairCount();
        pairEvents = new int[n];
        pairRelations = new int[n];
        pairWeakRelations = new int[n];
        pairUndatedRelations = new int[n];
        pairMemberships = new int[n];
        linkInForce = new boolean[pairs.links().size()];
        pairWeak = new int[n];
        pairTone = new double[n];
        pairToned = new int[n];
        activeSlot = new int[n];
        Arrays.fill(activeSlot, -1);
        actorEvents = new int[pairs.actorCount()];
    }

    /** Shows the events, explicit relations and memberships overlapping [from, to). */
    public void moveTo(long from, long to) {
        window.moveTo(from, to);
        moveLinks(from, to);
    }

    /**
     * Relations and memberships are few next to events, so every move checks each one's period (a tie
     * without one always holds) and applies those that came into force or lapsed.
     */
    private void moveLinks(long from, long to) {
        Links links = pairs.links();
        for (int link = 0; link < linkInForce.length; link++) {
            boolean holds = links.holds(link, from, to);
            if (holds != linkInForce[link]) {
                linkInForce[link] = holds;
                applyLink(link, holds ? +1 : -1);
            }
        }
    }

    private void applyLink(int link, int sign) {
        Links links = pairs.links();
        int pair = links.pair(link);
        if (links.isMembership(link)) {
            pairMemberships[pair] += sign;
        } else {
            pairRelations[pair] += sign;
            if (links.isWeak(link)) {
                pairWeakRelations[pair] += sign;
            }
            if (links.isUndated(link)) {
                pairUndatedRelations[pair] += sign;
            }
        }
        updateActive(pair);
    }

    /** Empties the event counts before the window applies its events afresh. */
    private void clearEvents() {
        for (int i = active.size() - 1; i >= 0; i--) {
            int pair = active.get(i);
            pairEvents[pair] = 0;
            pairWeak[pair] = 0;
            pairTone[pair] = 0;
            pairToned[pair] = 0;
            updateActive(pair);
        }
        Arrays.fill(actorEvents, 0);
    }

    private void apply(int event, int sign) {
        if (!pairs.isShown(event)) {
            return;
        }
        for (int slot = pairs.actorsStart(event); slot < pairs.actorsEnd(event); slot++) {
            actorEvents[pairs.actorAt(slot)] += sign;
        }
        Event e = pairs.dataset().events().get(event);
        boolean weak = pairs.isWeak(event);
        for (int slot = pairs.pairsStart(event); slot < pairs.pairsEnd(event); slot++) {
            int pair = pairs.pairAt(slot);
            pairEvents[pair] += sign;
            if (weak) {
                pairWeak[pair] += sign;
            }
            if (e.hasTone()) {
                pairToned[pair] += sign;
                pairTone[pair] = pairToned[pair] == 0 ? 0 : pairTone[pair] + sign * e.tone();
            }
            updateActive(pair);
        }
    }

    /** A pair is on show while it shares an event, a relation or a membership in the window. */
    private void updateActive(int pair) {
        boolean shows = pairEvents[pair] > 0 || pairRelations[pair] > 0 || pairMemberships[pair] > 0;
        if (shows && activeSlot[pair] < 0) {
            activeSlot[pair] = active.size();
            active.add(pair);
        } else if (!shows && activeSlot[pair] >= 0) {
            deactivate(pair);
        }
    }

    /** Removes a pair from the active list by moving the last one into its slot. */
    private void deactivate(int pair) {
        int slot = activeSlot[pair];
        int last = active.get(active.size() - 1);
        active.set(slot, last);
        activeSlot[last] = slot;
        active.removeLast();
        activeSlot[pair] = -1;
        pairTone[pair] = 0;
        pairToned[pair] = 0;
    }

    /** The pairs that share an event, a relation or a membership in the window, in no particular order. */
    public IntList activePairs() {
        return active;
    }

    /** The explicit relations of the pair whose period overlaps the window. */
    public int relations(int pair) {
        return pairRelations[pair];
    }

    /** The relations in force that cite only weak sources. */
    public int weakRelations(int pair) {
        return pairWeakRelations[pair];
    }

    /** The memberships, one actor of the pair in the other, whose period overlaps the window. */
    public int memberships(int pair) {
        return pairMemberships[pair];
    }

    /**
     * The directions of the pair's directed relations and memberships in force, as the bits
     * {@link #FIRST_TO_SECOND}, {@link #SECOND_TO_FIRST}, {@link #FIRST_MEMBER_OF_SECOND} and
     * {@link #SECOND_MEMBER_OF_FIRST}; 0 when none holds.
     */
    public int directions(int pair) {
        Links links = pairs.links();
        Grouping byPair = pairs.linksByPair();
        int directions = 0;
        for (int slot = byPair.start(pair); slot < byPair.end(pair); slot++) {
            int link = byPair.itemAt(slot);
            if (linkInForce[link]) {
                directions |= links.directions(link);
            }
        }
        return directions;
    }

    /**
     * Whether all that ties the pair in the window rests on weak sources: it shares events or relations,
     * each citing only weak sources, and no membership, which cites none and so counts as firm.
     */
    public boolean isWeakOnly(int pair) {
        return pairMemberships[pair] == 0 && pairEvents[pair] + pairRelations[pair] > 0
                && pairWeak[pair] == pairEvents[pair] && pairWeakRelations[pair] == pairRelations[pair];
    }

    /**
     * Whether the pair is tied in the window only by relations whose period the dataset does not give:
     * drawn as such, since nothing says they held at this time rather than some other.
     */
    public boolean isPeriodUnknownOnly(int pair) {
        return pairEvents[pair] == 0 && pairMemberships[pair] == 0 && pairRelations[pair] > 0
                && pairUndatedRelations[pair] == pairRelations[pair];
    }

    /** The pair's ties in the window in detail, for a tooltip; costs a walk over the pair's own events. */
    public PairSummary summarize(int pair) {
        return PairSummaries.of(pairs, pair, window.start(), window.end(), linkInForce);
    }

    public int events(int pair) {
        return pairEvents[pair];
    }

    /** The events of the pair that rest only on weak sources. */
    public int weakEvents(int pair) {
        return pairWeak[pair];
    }

    /** The mean tone of the pair's toned events in the window, or NaN when none has a tone. */
    public double meanTone(int pair) {
        return pairToned[pair] == 0 ? Double.NaN : pairTone[pair] / pairToned[pair];
    }

    /** The actor's events in the window. */
    public int actorEvents(int actor) {
        return actorEvents[actor];
    }

    public PairIndex pairs() {
        return pairs;
    }

    public long start() {
        return window.start();
    }

    public long end() {
        return window.end();
    }
}
