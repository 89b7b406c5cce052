package org.entente.eventlist;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.stage.Popup;
import javafx.stage.Screen;
import org.entente.state.ViewState;

/**
 * An {@link EventList} floating over the window, such as the events of a timeline badge that all fall on
 * one day, where zooming in would show no more. It closes on Esc or a click outside it; rows picked in
 * it select their events in every view, and it stays open so that the next can be picked.
 */
public final class EventListPopup extends Popup {
    /** The size it takes when the screen has room. */
    static final double WIDTH = 640;
    static final double HEIGHT = 360;
    /** Room kept between the list and the screen's edges. */
    private static final double MARGIN = 8;

    private final EventList list;

    public EventListPopup(ViewState viewState, String heading, int[] positions) {
        list = new EventList(viewState);
        list.getStyleClass().add("event-list-popup");
        list.setHeading(heading);
        list.setPositions(positions);
        getContent().add(list);
        setAutoHide(true);
        setHideOnEscape(true);
        setAutoFix(true);
    }

    /**
     * Opens a list of the events at {@code positions} (in the view state's dataset, shown in this order until
     * a column is sorted) with its top left corner at a point on the screen, such as just below a badge,
     * moved as needed to fit the screen.
     *
     * @param owner   the node the list is for; the list closes with its window
     * @param heading the line above the rows, such as "1,654 events on 1 Jan 2018"
     */
    public static EventListPopup show(Node owner, double screenX, double screenY, ViewState viewState, String heading,
                                      int[] positions) {
        EventListPopup popup = new EventListPopup(viewState, heading, positions);
        popup.fitScreenAt(screenX, screenY);
        popup.show(owner, screenX, screenY);
        return popup;
    }

    /** Keeps the list within the screen that holds the point; a small screen gets a smaller list. */
    private void fitScreenAt(double screenX, double screenY) {
        Rectangle2D screen = Screen.getScreensForRectangle(screenX, screenY, 1, 1).stream().findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds();
        list.setPrefSize(Math.min(WIDTH, screen.getWidth() - 2 * MARGIN),
                Math.min(HEIGHT, screen.getHeight() - 2 * MARGIN));
    }

    /** The list it shows. */
    public EventList getList() {
        return list;
    }
}
