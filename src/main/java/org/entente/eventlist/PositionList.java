package org.entente.eventlist;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.entente.model.Dataset;
import org.entente.state.Selection;

/**
 * The rows of a table of events as a list over an array of dataset positions: a million rows cost four
 * megabytes and no objects, and the table builds cells only for the rows in view.
 */
public final class PositionList extends AbstractList<Integer> implements RandomAccess {
    private final int[] positions;

    private PositionList(int[] positions) {
        this.positions = positions;
    }

    /** Table items over the positions, which must not change while the table shows them. */
    public static ObservableList<Integer> of(int[] positions) {
        return FXCollections.observableList(new PositionList(positions));
    }

    /** The events at these positions (rows picked in a table) as a selection: nothing, one event or several. */
    public static Selection selection(Dataset dataset, List<Integer> picked) {
        return Selection.events(picked.stream().filter(Objects::nonNull)
                .map(position -> dataset.events().get(position).id()).toList());
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
