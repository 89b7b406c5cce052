package org.entente.graph;

import java.util.ArrayList;
import java.util.List;
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
import org.entente.shortcuts.Shortcut;

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
            int group = skin.graph().groups().groupOfNode(actor);
            if (e.getClickCount() == 2 && group >= 0) {
                skin.openGroup(group, true);
            } else if (e.getClickCount() == 2) {
                view.setFocusActor(skin.graph().actorId(actor));
            } else {
                view.getViewState().select(skin.graph().selectionOf(actor));
            }
            return;
        }
        int tie = skin.hits().edgeAt(e.getX(), e.getY());
        if (tie >= 0) {
            view.getViewState().select(skin.graph().selectionOfTie(tie));
        }
    }

    private void showMenu(int node, double screenX, double screenY) {
        LiveGraph graph = skin.graph();
        MenuItem select = new MenuItem("Select");
        select.setOnAction(a -> view.getViewState().select(graph.selectionOf(node)));
        List<MenuItem> items = new ArrayList<>(List.of(select));
        int group = graph.groups().groupOfNode(node);
        if (group >= 0) {
            MenuItem open = new MenuItem("Open " + graph.groups().label(group) + " in place");
            open.setOnAction(a -> skin.openGroup(group, true));
            items.add(open);
        } else {
            MenuItem ego = new MenuItem("Show the ego network");
            ego.setOnAction(a -> view.setFocusActor(graph.actorId(node)));
            items.add(ego);
            int memberOf = graph.groups().groupOf(node);
            if (memberOf >= 0 && graph.groups().isOpen(memberOf)) {
                MenuItem close = new MenuItem("Close the group " + graph.groups().label(memberOf));
                close.setOnAction(a -> skin.openGroup(memberOf, false));
                items.add(close);
            }
        }
        MenuItem pin = new MenuItem(graph.isPinned(node) ? "Unpin" : "Pin here");
        pin.setOnAction(a -> {
            if (graph.isPinned(node)) {
                graph.unpin(node);
            } else {
                graph.pinWhereItIs(node);
            }
            skin.invalidate();
        });
        items.add(pin);
        menu.getItems().setAll(items);
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
