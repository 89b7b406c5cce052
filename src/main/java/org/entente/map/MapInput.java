package org.entente.map;

import javafx.event.EventHandler;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.entente.shortcuts.Shortcut;

/**
 * The map's mouse, touch and keyboard handling: drag to pan, wheel or pinch to zoom about the pointer,
 * keys to zoom, pan and fit, hover for a tooltip, and a click (a press released where it began) for the
 * skin to answer with a selection.
 */
final class MapInput {
    private static final double DRAG_THRESHOLD = 3;
    private static final double KEY_ZOOM = 2;
    private static final double KEY_PAN = 80;
    /** A wheel notch of 40 pixels zooms by this factor, so that a few notches cross a continent. */
    private static final double WHEEL_BASE = 1.0025;

    private final MapSkin skin;
    private final MapView view;
    private final EventHandler<KeyEvent> keys = this::keyPressed;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;

    MapInput(MapSkin skin, Canvas canvas) {
        this.skin = skin;
        this.view = skin.getSkinnable();
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseMoved(e -> skin.hover(e.getX(), e.getY()));
        canvas.setOnMouseExited(e -> skin.hover(Double.NaN, Double.NaN));
        canvas.setOnScroll(this::scrolled);
        canvas.setOnZoom(this::zoomed);
        view.addEventHandler(KeyEvent.KEY_PRESSED, keys);
    }

    void dispose() {
        view.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragging = false;
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        skin.panBy(e.getX() - lastX, e.getY() - lastY);
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        if (!dragging && e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
            skin.click(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
        }
        dragging = false;
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            skin.zoomAt(Math.pow(WHEEL_BASE, e.getDeltaY()), e.getX(), e.getY());
        }
        e.consume();
    }

    private void zoomed(ZoomEvent e) {
        skin.zoomAt(e.getZoomFactor(), e.getX(), e.getY());
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        boolean handled = true;
        if (Shortcut.MAP_ZOOM_IN.matches(e)) {
            skin.zoomBy(KEY_ZOOM);
        } else if (Shortcut.MAP_ZOOM_OUT.matches(e)) {
            skin.zoomBy(1 / KEY_ZOOM);
        } else if (Shortcut.MAP_FIT.matches(e)) {
            skin.fit();
        } else if (Shortcut.MAP_WORLD.matches(e)) {
            skin.showWorld();
        } else if (Shortcut.MAP_PAN.matches(e)) {
            switch (e.getCode()) {
                case LEFT -> skin.panBy(KEY_PAN, 0);
                case RIGHT -> skin.panBy(-KEY_PAN, 0);
                case UP -> skin.panBy(0, KEY_PAN);
                default -> skin.panBy(0, -KEY_PAN);
            }
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }
}
