package org.entente.map;

import java.util.List;
import java.util.Locale;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.entente.places.MapFrame;
import org.entente.places.MapShading;

/**
 * What the shades mean (a ramp from one event to the most, or from the lowest tone to the highest) and how to read the marks:
 * a dashed ring is a count of events known only by country, an arc a flow from visitor to host.
 */
final class MapLegend extends VBox {
    private static final double RAMP_WIDTH = 150;
    private static final double RAMP_HEIGHT = 9;
    private static final int TONE_STEPS = 30;

    private final Label title = new Label();
    private final Canvas ramp = new Canvas(RAMP_WIDTH, RAMP_HEIGHT);
    private final Label low = new Label();
    private final Label high = new Label();
    private final BorderPane scale = new BorderPane();
    /** What the ramp was painted for, so that a frame whose legend is the same paints nothing. */
    private List<Object> painted;
    private boolean compact;
    private final Label marks = new Label("\u25CC a number: events known only by their country\n"
            + "\u2192 arcs: events between countries, visitor to host");

    MapLegend() {
        getStyleClass().add("map-legend");
        title.getStyleClass().add("map-legend-title");
        low.getStyleClass().add("map-legend-scale");
        high.getStyleClass().add("map-legend-scale");
        marks.getStyleClass().add("map-legend-scale");
        scale.setLeft(low);
        scale.setRight(high);
        scale.setMaxWidth(RAMP_WIDTH);
        getChildren().addAll(title, ramp, scale, marks);
        setMouseTransparent(true);
    }

    /** On a narrow map the legend keeps to the shades, leaving out how to read the marks, so it hides less of the map. */
    void setCompact(boolean compact) {
        this.compact = compact;
    }

    /**
     * Shows the legend of the frame drawn; hidden when there is nothing to explain. How to read the marks
     * is said only where marks can be drawn ({@code places}): not on countries shaded by a store's counts.
     */
    void show(MapPicture picture, MapShading shading, boolean places) {
        marks.setVisible(places && !compact);
        marks.setManaged(places && !compact);
        MapFrame frame = picture.frame();
        boolean shaded = frame != null && shading != MapShading.NONE && !frame.countries().isEmpty()
                && (shading == MapShading.EVENTS || !Double.isNaN(frame.legend().minTone()));
        title.setVisible(shaded);
        title.setManaged(shaded);
        ramp.setVisible(shaded);
        ramp.setManaged(shaded);
        scale.setVisible(shaded);
        scale.setManaged(shaded);
        if (shaded) {
            MapFrame.Legend legend = frame.legend();
            boolean tone = shading == MapShading.TONE;
            title.setText(tone ? "Mean tone of each country's events" : "Events per country (log scale)");
            // A country's shade is its share of the most on a log scale from none: a single event is the ramp's
            // low end, whatever the least any country has (all 573 visits in one country read "573 ... 573").
            low.setText(tone ? tone(legend.minTone()) : "1");
            high.setText(tone ? tone(legend.maxTone()) : String.format(Locale.ROOT, "%,d", legend.maxEvents()));
            paintRamp(picture, tone, legend);
        }
        setVisible(frame != null && (shaded || !frame.markers().isEmpty() || !frame.flows().isEmpty()));
    }

    private void paintRamp(MapPicture picture, boolean tone, MapFrame.Legend legend) {
        List<Object> wanted = tone ? List.of(picture.palette(), legend.minTone(), legend.maxTone()) : List.of(picture.palette());
        if (wanted.equals(painted)) {
            return;
        }
        painted = wanted;
        GraphicsContext g = ramp.getGraphicsContext2D();
        int steps = tone ? TONE_STEPS : MapPalette.SHADES;
        double step = RAMP_WIDTH / steps;
        g.clearRect(0, 0, RAMP_WIDTH, RAMP_HEIGHT);
        for (int i = 0; i < steps; i++) {
            double t = i / (steps - 1.0);
            g.setFill(tone ? picture.palette().toneShade(legend.minTone() + t * (legend.maxTone() - legend.minTone()))
                    : picture.palette().shade(i / (double) steps));
            g.fillRect(i * step, 0, step - (tone ? 0 : 1), RAMP_HEIGHT);
        }
    }

    private static String tone(double value) {
        return String.format(Locale.ROOT, "%+.1f", value);
    }
}
