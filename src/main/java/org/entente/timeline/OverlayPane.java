package org.entente.timeline;

import java.util.List;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * What moves over the lanes without changing them (the cursor, the graph's band, the periods compared),
 * drawn like on a canvas, between {@link #begin()} and {@link #end()}, but kept as shapes that are reused
 * frame after frame. A software renderer blends a full-size transparent canvas over the lanes at every
 * frame, which cost a third of a pan's frame; shapes cost the pixels they cover, and a shape that moves
 * repaints only where it was and where it is, so a scrub step repaints a line and a band.
 */
final class OverlayPane extends Pane {
    private int next;

    OverlayPane() {
        getStyleClass().add("timeline-overlay");
        setMouseTransparent(true);
        setManaged(false);
    }

    /** Starts a frame: the shapes drawn until {@link #end()} replace those of the last frame. */
    void begin() {
        next = 0;
    }

    /** Ends a frame, hiding the shapes of the last frame that this one did not draw again. */
    void end() {
        List<Node> shapes = getChildren();
        for (int i = next; i < shapes.size(); i++) {
            shapes.get(i).setVisible(false);
        }
    }

    void fillRect(Color fill, double x, double y, double width, double height) {
        Rectangle r = take(Rectangle.class, Rectangle::new);
        r.setX(x);
        r.setY(y);
        r.setWidth(width);
        r.setHeight(height);
        r.setFill(fill);
    }

    /**
     * A line, ending where it ends (a canvas's square ends would reach past the canvas, and the overlay
     * must not); {@code styleClass} names it for those who look it up, or is null.
     */
    void line(Color stroke, double width, double x0, double y0, double x1, double y1, String styleClass) {
        Line l = take(Line.class, () -> {
            Line created = new Line();
            created.setStrokeLineCap(StrokeLineCap.BUTT);
            return created;
        });
        l.setStartX(x0);
        l.setStartY(y0);
        l.setEndX(x1);
        l.setEndY(y1);
        l.setStroke(stroke);
        l.setStrokeWidth(width);
        if (styleClass != null && !l.getStyleClass().contains(styleClass)) {
            l.getStyleClass().setAll(styleClass);
        } else if (styleClass == null && !l.getStyleClass().isEmpty()) {
            l.getStyleClass().clear();
        }
    }

    void triangle(Color fill, double x0, double y0, double x1, double y1, double x2, double y2) {
        Polygon p = take(Polygon.class, Polygon::new);
        ObservableList<Double> points = p.getPoints();
        if (points.size() != 6 || points.get(0) != x0 || points.get(1) != y0 || points.get(2) != x1
                || points.get(3) != y1 || points.get(4) != x2 || points.get(5) != y2) {
            points.setAll(x0, y0, x1, y1, x2, y2);
        }
        p.setFill(fill);
    }

    /** A line of text ending at {@code right}, centred on {@code centreY}. */
    void textEndingAt(Color fill, Font font, String text, double right, double centreY) {
        Text t = take(Text.class, Text::new);
        t.setFont(font);
        t.setText(text);
        t.setTextOrigin(VPos.CENTER);
        t.setX(right - t.getLayoutBounds().getWidth());
        t.setY(centreY);
        t.setFill(fill);
    }

    /** The next shape of the frame, of the given kind: last frame's in this place when it was of that kind. */
    private <T extends Node> T take(Class<T> kind, Supplier<T> create) {
        List<Node> shapes = getChildren();
        Node shape = next < shapes.size() ? shapes.get(next) : null;
        if (!kind.isInstance(shape)) {
            shape = create.get();
            shape.setManaged(false);
            if (next < shapes.size()) {
                shapes.set(next, shape);
            } else {
                shapes.add(shape);
            }
        }
        next++;
        shape.setVisible(true);
        return kind.cast(shape);
    }
}
