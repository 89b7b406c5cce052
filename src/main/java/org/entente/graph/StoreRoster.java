package org.entente.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.index.IntList;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.network.TieEnds;

/**
 * How the graph numbers a store's actors and their pairs while it draws the store's counts: an actor gets
 * a node the first time an answer names it and keeps it, and so does a pair its tie, so that positions
 * and fades carry from one answer to the next as they do for a dataset's actors. The actors the view's
 * dataset holds are numbered first, in its order, and lend their names and kinds; an actor it does not
 * hold is named by its id. Nodes are at most the store's actors; ties are numbered until
 * {@link #TIE_CAPACITY}, after which the numbering starts afresh.
 */
final class StoreRoster implements TieEnds {
    /** How many ties are numbered before the numbering starts afresh: what fades are sized for. */
    static final int TIE_CAPACITY = 1 << 18;

    private final int capacity;
    private final Map<String, Integer> nodes = new HashMap<>();
    private final String[] ids;
    private final String[] names;
    private final ActorKind[] kinds;
    private final String[] countries;
    private final Map<Long, Integer> ties = new HashMap<>();
    private final IntList tieFirst = new IntList();
    private final IntList tieSecond = new IntList();

    /** Room for {@code capacity} actors (the store's), the {@code known} ones numbered first. */
    StoreRoster(int capacity, List<Actor> known) {
        this.capacity = Math.max(capacity, known.size());
        ids = new String[this.capacity];
        names = new String[this.capacity];
        kinds = new ActorKind[this.capacity];
        countries = new String[this.capacity];
        learn(known);
    }

    /** Takes the names and kinds of actors the view's dataset now holds, numbering those not seen yet. */
    void learn(List<Actor> known) {
        for (Actor actor : known) {
            int node = add(actor.id());
            if (node >= 0) {
                names[node] = actor.name();
                kinds[node] = actor.kind();
                countries[node] = actor.country();
            }
        }
    }

    /** The node of an actor, numbered now if it is new; -1 when the roster is full (a store that lied about its actors). */
    int add(String id) {
        Integer node = nodes.get(id);
        if (node != null) {
            return node;
        }
        if (nodes.size() == capacity) {
            return -1;
        }
        int next = nodes.size();
        nodes.put(id, next);
        ids[next] = id;
        return next;
    }

    /** The node of an actor, or -1 when no answer has named it. */
    int node(String id) {
        Integer node = nodes.get(id);
        return node == null ? -1 : node;
    }

    /** The tie of two nodes, numbered now if it is new; -1 once {@link #TIE_CAPACITY} ties are numbered. */
    int tie(int a, int b) {
        long key = (long) Math.min(a, b) << 32 | Math.max(a, b);
        Integer tie = ties.get(key);
        if (tie != null) {
            return tie;
        }
        if (ties.size() == TIE_CAPACITY) {
            return -1;
        }
        ties.put(key, ties.size());
        tieFirst.add(Math.min(a, b));
        tieSecond.add(Math.max(a, b));
        return ties.size() - 1;
    }

    /** Forgets every tie number, when they run out: the edges on show then fade in once more. */
    void forgetTies() {
        ties.clear();
        tieFirst.clear();
        tieSecond.clear();
    }

    /** How many actors the roster has room for: the graph's arrays are sized by it. */
    int capacity() {
        return capacity;
    }

    String id(int node) {
        return ids[node];
    }

    /** The actor's name, or its id when the view's dataset does not hold it. */
    String name(int node) {
        return names[node] == null ? ids[node] : names[node];
    }

    /** The actor's kind, null when the view's dataset does not hold it. */
    ActorKind kind(int node) {
        return kinds[node];
    }

    /** The actor's country, null when the view's dataset does not hold it or it has none. */
    String country(int node) {
        return countries[node];
    }

    /** Ties join nodes numbered below the actors' room. */
    @Override
    public int nodeCount() {
        return capacity;
    }

    @Override
    public int first(int tie) {
        return tieFirst.get(tie);
    }

    @Override
    public int second(int tie) {
        return tieSecond.get(tie);
    }
}
