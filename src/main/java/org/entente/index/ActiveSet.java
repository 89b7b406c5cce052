package org.entente.index;

import java.util.Arrays;

/**
 * The items (ints from 0 to a bound) that a moving window holds something of, such as the actor graph's
 * pairs or the map's flows: a dense list with each item's place in it, so that adding or removing an item
 * costs the same however many there are, and what is active is walked without scanning every item.
 */
public final class ActiveSet {
    private final int[] slotOf;
    private final IntList items = new IntList();

    public ActiveSet(int bound) {
        slotOf = new int[bound];
        Arrays.fill(slotOf, -1);
    }

    public boolean contains(int item) {
        return slotOf[item] >= 0;
    }

    /** Makes the item active or not; nothing changes when it already is, or is not. */
    public void set(int item, boolean active) {
        if (active && slotOf[item] < 0) {
            slotOf[item] = items.size();
            items.add(item);
        } else if (!active && slotOf[item] >= 0) {
            remove(item);
        }
    }

    /** Removes an active item by moving the last one into its slot. */
    private void remove(int item) {
        int slot = slotOf[item];
        int last = items.get(items.size() - 1);
        items.set(slot, last);
        slotOf[last] = slot;
        items.removeLast();
        slotOf[item] = -1;
    }

    /** Makes every item inactive, at the cost of those that were active. */
    public void clear() {
        for (int i = 0; i < items.size(); i++) {
            slotOf[items.get(i)] = -1;
        }
        items.clear();
    }

    /** The active items, in no particular order; the list is live, not a copy. */
    public IntList items() {
        return items;
    }
}
