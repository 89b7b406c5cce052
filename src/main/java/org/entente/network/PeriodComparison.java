package org.entente.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.entente.index.IntList;
import org.entente.index.TimeIndex;
import org.entente.query.TimeWindow;

/**
 * Two periods' graphs compared tie by tie: which ties appeared in B, vanished since A, grew stronger or
 * weaker, or turned warmer or colder. It is the union of both windows' ties, each with its counts and
 * tones in A and in B, ranked by how much it changed.
 */
public final class PeriodComparison {
    /** A tie is stronger or weaker when its count changes by at least this factor. */
    static final double STRENGTH_FACTOR = 1.5;
    /** A tie's tone has changed when its mean moves by at least this much on the -10..+10 scale. */
    static final double TONE_STEP = 2;

    /** How a tie changed from A to B; a tie may have changed in strength and in tone, and is filed under the first that applies. */
    public enum Change {
        APPEARED("appeared"), VANISHED("vanished"), STRONGER("stronger"), WEAKER("weaker"), WARMER("warmer"),
        COLDER("colder"), STEADY("steady");

        private final String word;

        Change(String word) {
            this.word = word;
        }

        /** The change in one word, as the legend and the table of changes name it. */
        public String word() {
            return word;
        }
    }

    /** One tie in both periods: its pair, its count and mean tone (NaN when unknown) in A and in B. */
    public record Tie(int pair, int countA, int countB, double toneA, double toneB, Change change) {
        /** How much it changed, to rank ties: the change of count, and a tone change counted as a few interactions. */
        public double magnitude() {
            double tones = Double.isNaN(toneA) || Double.isNaN(toneB) ? 0 : Math.abs(toneB - toneA);
            return Math.abs(countB - countA) + tones;
        }
    }

    private final PairIndex pairs;
    private final TimeWindow a;
    private final TimeWindow b;
    private final List<Tie> ties;
    private final boolean relations;
    /** The index in {@link #ties} of each pair's tie, -1 for a pair in neither period. */
    private final int[] tieOfPair;
    private final int[] actorEventsA;
    private final int[] actorEventsB;

    private PeriodComparison(PairIndex pairs, TimeWindow a, TimeWindow b, List<Tie> ties, boolean relations,
                             WindowGraph first, WindowGraph second) {
        this.pairs = pairs;
        this.a = a;
        this.b = b;
        this.ties = ties;
        this.relations = relations;
        actorEventsA = new int[pairs.actorCount()];
        actorEventsB = new int[pairs.actorCount()];
        for (int actor = 0; actor < actorEventsA.length; actor++) {
            actorEventsA[actor] = first.actorEvents(actor);
            actorEventsB[actor] = second.actorEvents(actor);
        }
        tieOfPair = new int[pairs.pairCount()];
        Arrays.fill(tieOfPair, -1);
        for (int i = 0; i < ties.size(); i++) {
            tieOfPair[ties.get(i).pair()] = i;
        }
    }

    /** Compares the ties of the two windows, counting events and explicit relations. */
    public static PeriodComparison of(PairIndex pairs, TimeIndex time, TimeWindow a, TimeWindow b) {
        return of(pairs, time, a, b, true);
    }

    /**
     * Compares the ties of the two windows; each is built from its own window graph over the same pairs
     * (so under the same filter). A tie counts its events, and its explicit relations when {@code relations}
     * is set, as the graph does.
     */
    public static PeriodComparison of(PairIndex pairs, TimeIndex time, TimeWindow a, TimeWindow b, boolean relations) {
        WindowGraph first = new WindowGraph(pairs, time);
        first.moveTo(a.start(), a.end());
        WindowGraph second = new WindowGraph(pairs, time);
        second.moveTo(b.start(), b.end());
        boolean[] seen = new boolean[pairs.pairCount()];
        List<Tie> ties = new ArrayList<>();
        for (WindowGraph graph : List.of(first, second)) {
            IntList active = graph.activePairs();
            for (int i = 0; i < active.size(); i++) {
                int pair = active.get(i);
                if (seen[pair]) {
                    continue;
                }
                seen[pair] = true;
                int countA = first.events(pair) + (relations ? first.relations(pair) : 0);
                int countB = second.events(pair) + (relations ? second.relations(pair) : 0);
                if (countA + countB == 0) {
                    continue;
                }
                double toneA = countA == 0 ? Double.NaN : first.meanTone(pair);
                double toneB = countB == 0 ? Double.NaN : second.meanTone(pair);
                ties.add(new Tie(pair, countA, countB, toneA, toneB, change(countA, countB, toneA, toneB)));
            }
        }
        ties.sort(Comparator.comparingDouble(Tie::magnitude).reversed().thenComparingInt(Tie::pair));
        return new PeriodComparison(pairs, a, b, List.copyOf(ties), relations, first, second);
    }

    static Change change(int countA, int countB, double toneA, double toneB) {
        if (countA == 0) {
            return Change.APPEARED;
        }
        if (countB == 0) {
            return Change.VANISHED;
        }
        if (countB >= countA * STRENGTH_FACTOR) {
            return Change.STRONGER;
        }
        if (countA >= countB * STRENGTH_FACTOR) {
            return Change.WEAKER;
        }
        if (!Double.isNaN(toneA) && !Double.isNaN(toneB) && Math.abs(toneB - toneA) >= TONE_STEP) {
            return toneB > toneA ? Change.WARMER : Change.COLDER;
        }
        return Change.STEADY;
    }

    /** The pairs the ties are numbered by, with the actors of each. */
    public PairIndex pairs() {
        return pairs;
    }

    /** Whether ties count explicit relations besides events. */
    public boolean countsRelations() {
        return relations;
    }

    /** How many events the actor took part in during A. */
    public int actorEventsA(int actor) {
        return actorEventsA[actor];
    }

    /** How many events the actor took part in during B. */
    public int actorEventsB(int actor) {
        return actorEventsB[actor];
    }

    /** The tie of a pair, or null when the two actors dealt with each other in neither period. */
    public Tie tieOf(int pair) {
        return pair >= 0 && pair < tieOfPair.length && tieOfPair[pair] >= 0 ? ties.get(tieOfPair[pair]) : null;
    }

    /** The tie between two actors (indices, in either order), or null. */
    public Tie tieBetween(int actor, int other) {
        int first = Math.min(actor, other);
        int second = Math.max(actor, other);
        for (Tie tie : ties) {
            if (pairs.first(tie.pair()) == first && pairs.second(tie.pair()) == second) {
                return tie;
            }
        }
        return null;
    }

    public TimeWindow a() {
        return a;
    }

    public TimeWindow b() {
        return b;
    }

    /** Every tie of either period, the most changed first. */
    public List<Tie> ties() {
        return ties;
    }

    /** How many ties changed that way. */
    public int count(Change change) {
        int n = 0;
        for (Tie tie : ties) {
            n += tie.change() == change ? 1 : 0;
        }
        return n;
    }
}
