package org.entente.eventlist;

import java.util.RandomAccess;
import javafx.collections.ObservableListBase;

/**
 * The rows of a table of events as a list over an array of dataset positions: a million rows cost four
 * megabytes and no objects, and the table builds cells only for the rows in view.
 */
public final class PositionList extends ObservableListBase<Integer> implements RandomAccess {
    private int[] positions;

    /** Rows over the positions, which must not change while a table shows them. */
    public PositionList(int[] positions) {
        this.positions = positions;
    }

    /**
     * Shows other positions in place of these, as one change. A table whose items are replaced by another
     * list forgets its sort order, so a table that sorts by replacing its rows changes them here instead.
     */
    public void setPositions(int[] next) {
        PositionList old = new PositionList(positions);
        positions = next;
        beginChange();
        nextReplace(0, next.length, old);
        endChange();
    }

    @Override
    public Integer get(int index) {
        return positions[index];
    }

    @Override
    public int size() {
        return positions.length;
    }
}
