package org.entente.bench;

import java.util.Locale;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;

/**
 * Input events as the stage would deliver them to a node, built from the node's own coordinates; fire
 * them on the FX thread. Each goes through the node's whole dispatch chain, filters and handlers alike.
 */
final class SyntheticInput {
    private SyntheticInput() {
    }

    /** One notch of the wheel: {@code deltaY} above zero turns it away from the user. */
    static void wheel(Node node, double x, double y, double deltaY) {
        Point2D scene = node.localToScene(x, y);
        Point2D screen = node.localToScreen(x, y);
        Event.fireEvent(node, new ScrollEvent(ScrollEvent.SCROLL, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                false, false, false, false, false, false, 0, deltaY, 0, deltaY,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0,
                new PickResult(node, scene.getX(), scene.getY())));
    }

    static void press(Node node, double x, double y) {
        mouse(node, MouseEvent.MOUSE_PRESSED, x, y, true);
    }

    static void drag(Node node, double x, double y) {
        mouse(node, MouseEvent.MOUSE_DRAGGED, x, y, true);
    }

    static void release(Node node, double x, double y) {
        mouse(node, MouseEvent.MOUSE_RELEASED, x, y, false);
    }

    /** A key typed into a text field: pressed, typed and released, as a keyboard sends it. */
    static void type(Node node, String character) {
        KeyCode code = KeyCode.getKeyCode(character.toUpperCase(Locale.ROOT));
        Event.fireEvent(node, new KeyEvent(KeyEvent.KEY_PRESSED, "", character, code, false, false, false, false));
        Event.fireEvent(node, new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false, false, false));
        Event.fireEvent(node, new KeyEvent(KeyEvent.KEY_RELEASED, "", character, code, false, false, false, false));
    }

    private static void mouse(Node node, EventType<MouseEvent> type, double x, double y, boolean down) {
        Point2D scene = node.localToScene(x, y);
        Point2D screen = node.localToScreen(x, y);
        Event.fireEvent(node, new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                MouseButton.PRIMARY, 1, false, false, false, false, down, false, false, true, false, true,
                new PickResult(node, scene.getX(), scene.getY())));
    }
}
