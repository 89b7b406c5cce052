package org.entente.eventlist;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Skin;
import org.entente.state.ViewState;
import org.entente.view.LinkedView;

/**
 * A list of given events under a heading, such as the events a timeline badge counts: a table of them,
 * sortable by every column, whose rows picked select their events in every view. The events are dataset
 * positions in the shared {@link ViewState}'s dataset, shown in the order given until a column is sorted.
 */
public class EventList extends LinkedView {
    private final StringProperty heading = new SimpleStringProperty(this, "heading", "");
    private final ObjectProperty<int[]> positions = new SimpleObjectProperty<>(this, "positions", new int[0]);

    public EventList(ViewState viewState) {
        super(viewState, "event-list-view", AccessibleRole.NODE, "list of events");
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new EventListSkin(this);
    }

    /** The line above the rows, such as "1,654 events on 1 Jan 2018". */
    public final StringProperty headingProperty() {
        return heading;
    }

    public final String getHeading() {
        return heading.get();
    }

    public final void setHeading(String value) {
        heading.set(value);
    }

    /** The events to list, by position in the dataset; the array is the list's own and must not change. */
    public final ObjectProperty<int[]> positionsProperty() {
        return positions;
    }

    public final int[] getPositions() {
        return positions.get();
    }

    public final void setPositions(int[] value) {
        positions.set(value);
    }

    /** The positions of the rows, top to bottom, as shown now; empty until the list is skinned. */
    public int[] getRowPositions() {
        return getSkin() instanceof EventListSkin skin ? skin.rows() : new int[0];
    }
}
