package org.entente.graph;

import javafx.event.EventHandler;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.entente.network.PairIndex;
import org.entente.shortcuts.Shortcut;
import org.entente.state.Selection;

/**
 * The graph's mouse, touch and keyboard handling: pan and zoom, drag nodes (which pins them), hover,
 * click to select an actor or a pair, double-click for an ego network. Selections go to the view state.
 */
final class GraphInput {
    private static final double DRAG_THRESHOLD = 3;
    private static final double KEY_ZOOM = 1.25;
    private static final double KEY_PAN = 60;

    private final GraphSkin skin;
    private final Canvas canvas;
    private final Tooltip tooltip;
    private final ActorGraphView view;
    private final EventHandler<KeyEvent> keys = this::keyPressed;
    private final ContextMenu menu = new ContextMenu();
    private int pressedActor = -1;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;

    GraphInput(GraphSkin skin, Canvas canvas, Tooltip tooltip) {
        this.skin = skin;
        this.tooltip = tooltip;
        this.canvas = canvas;
        this.view = skin.getSkinnable();
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(e -> dragging = false);
        canvas.setOnMouseClicked(this::clicked);
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> skin.setHover(-1, -1));
        canvas.setOnScroll(this::scrolled);
        canvas.setOnZoom(this::zoomed);
        view.addEventHandler(KeyEvent.KEY_PRESSED, keys);
    }

    void dispose() {
        view.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        menu.hide();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragging = false;
        pressedActor = skin.graph().hasData() ? skin.hits().nodeAt(e.getX(), e.getY()) : -1;
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !skin.graph().hasData()) {
            return;
        }
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        if (pressedActor >= 0) {
            skin.drag(pressedActor, e.getX(), e.getY());
        } else {
            skin.panBy(e.getX() - lastX, e.getY() - lastY);
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void clicked(MouseEvent e) {
        if (!e.isStillSincePress() || !skin.graph().hasData()) {
            return;
        }
        int actor = skin.hits().nodeAt(e.getX(), e.getY());
        if (e.getButton() == MouseButton.SECONDARY) {
            if (actor >= 0) {
                showMenu(actor, e.getScreenX(), e.getScreenY());
            }
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (actor >= 0) {
            if (e.getClickCount() == 2) {
                view.setFocusActor(skin.actorId(actor));
            } else {
                view.getViewState().select(Selection.actor(skin.actorId(actor)));
            }
            return;
        }
        int pair = skin.hits().edgeAt(e.getX(), e.getY());
        if (pair >= 0) {
            PairIndex pairs = skin.graph().pairs();
            view.getViewState().select(Selection.pair(skin.actorId(pairs.first(pair)), skin.actorId(pairs.second(pair))));
        }
    }

    private void showMenu(int actor, double screenX, double screenY) {
        MenuItem select = new MenuItem("Select");
        select.setOnAction(a -> view.getViewState().select(Selection.actor(skin.actorId(actor))));
        MenuItem ego = new MenuItem("Show the ego network");
        ego.setOnAction(a -> view.setFocusActor(skin.actorId(actor)));
        MenuItem pin = new MenuItem(skin.graph().isPinned(actor) ? "Unpin" : "Pin here");
        pin.setOnAction(a -> {
            if (skin.graph().isPinned(actor)) {
                skin.graph().unpin(actor);
                skin.invalidate();
            } else {
                skin.graph().pinWhereItIs(actor);
                skin.invalidate();
            }
        });
        menu.getItems().setAll(select, ego, pin);
        menu.show(canvas, screenX, screenY);
    }

    private void hover(MouseEvent e) {
        if (!skin.graph().hasData()) {
            return;
        }
        int actor = skin.hits().nodeAt(e.getX(), e.getY());
        int pair = actor >= 0 ? -1 : skin.hits().edgeAt(e.getX(), e.getY());
        skin.setHover(actor, pair);
        if (actor >= 0) {
            tooltip.setText(skin.graph().describeActor(actor));
        } else if (pair >= 0) {
            tooltip.setText(skin.graph().describePair(pair));
        } else {
            tooltip.setText(null);
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            skin.zoom(Math.pow(1.0025, e.getDeltaY()), e.getX(), e.getY());
        } else if (e.getDeltaX() != 0) {
            skin.panBy(e.getDeltaX(), 0);
        }
        e.consume();
    }

    private void zoomed(ZoomEvent e) {
        skin.zoom(e.getZoomFactor(), e.getX(), e.getY());
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (!skin.graph().hasData()) {
            return;
        }
        double cx = canvas.getWidth() / 2;
        double cy = canvas.getHeight() / 2;
        boolean ego = view.getFocusActor() != null;
        if (Shortcut.GRAPH_FIT.matches(e)) {
            view.fit();
        } else if (Shortcut.GRAPH_RELAYOUT.matches(e)) {
            view.relayout();
        } else if (Shortcut.GRAPH_MEMBERSHIPS.matches(e)) {
            view.setShowMemberships(!view.isShowMemberships());
        } else if (Shortcut.GRAPH_LEAVE_EGO.matches(e)) {
            view.setFocusActor(null);
        } else if (Shortcut.GRAPH_WIDEN.matches(e)) {
            if (ego) {
                view.setFocusDepth(view.getFocusDepth() + 1);
            } else {
                skin.zoom(KEY_ZOOM, cx, cy);
            }
        } else if (Shortcut.GRAPH_NARROW.matches(e)) {
            if (ego) {
                view.setFocusDepth(view.getFocusDepth() - 1);
            } else {
                skin.zoom(1 / KEY_ZOOM, cx, cy);
            }
        } else if (Shortcut.GRAPH_PAN.matches(e)) {
            pan(e.getCode());
        } else if (Shortcut.GRAPH_FIND.matches(e)) {
            skin.focusFind();
        } else {
            return;
        }
        e.consume();
    }

    private void pan(KeyCode code) {
        switch (code) {
            case LEFT -> skin.panBy(KEY_PAN, 0);
            case RIGHT -> skin.panBy(-KEY_PAN, 0);
            case UP -> skin.panBy(0, KEY_PAN);
            default -> skin.panBy(0, -KEY_PAN);
        }
    }
}
