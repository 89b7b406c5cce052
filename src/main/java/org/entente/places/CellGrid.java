package org.entente.places;

import java.util.Arrays;
import org.entente.index.IntList;

/**
 * The occupied cells of one level of the pyramid, sparse: a cell has a slot of tallies while it holds an
 * event and gives it back when its last event leaves, so the grid holds what the window holds, however
 * fine its cells.
 */
final class CellGrid {
    private final int level;
    private final LongIntMap slots = new LongIntMap();
    private final Tallies tallies;
    private final IntList freeSlots = new IntList();
    private long[] keyOf = new long[16];
    private int used;

    CellGrid(int level, Tallies tallies) {
        this.level = level;
        this.tallies = tallies;
    }

    int level() {
        return level;
    }

    Tallies tallies() {
        return tallies;
    }

    /** Adds an event to the cell at this level that holds its finest cell (+1), or takes it away (-1). */
    void add(int event, int finestColumn, int finestRow, int sign) {
        long key = Cells.key(Cells.atLevel(finestColumn, level), Cells.atLevel(finestRow, level));
        int slot = slots.get(key);
        if (slot == LongIntMap.ABSENT) {
            if (sign < 0) {
                throw new IllegalStateException("event " + event + " leaves cell " + key + ", which is empty");
            }
            slot = open(key);
        }
        tallies.add(slot, event, sign);
        if (tallies.count(slot) == 0) {
            slots.remove(key);
            freeSlots.add(slot);
        }
    }

    private int open(long key) {
        int slot;
        if (freeSlots.isEmpty()) {
            slot = used++;
            tallies.ensure(used);
            if (used > keyOf.length) {
                keyOf = Arrays.copyOf(keyOf, keyOf.length * 2);
            }
        } else {
            slot = freeSlots.get(freeSlots.size() - 1);
            freeSlots.removeLast();
        }
        keyOf[slot] = key;
        slots.put(key, slot);
        return slot;
    }

    /** The slot of an occupied cell, or {@link LongIntMap#ABSENT}. */
    int slot(long key) {
        return slots.get(key);
    }

    /** How many cells hold an event. */
    int occupied() {
        return slots.size();
    }

    /** The keys of the occupied cells, in no particular order. */
    long[] keys() {
        long[] keys = new long[slots.size()];
        int n = 0;
        for (int slot = 0; slot < used; slot++) {
            if (tallies.count(slot) > 0) {
                keys[n++] = keyOf[slot];
            }
        }
        return keys;
    }

    void clear() {
        slots.clear();
        tallies.clear();
        freeSlots.clear();
        used = 0;
    }
}
