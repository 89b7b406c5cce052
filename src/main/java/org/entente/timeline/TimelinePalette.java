package org.entente.timeline;

import java.util.List;
import javafx.scene.paint.Color;

/** The colours a frame is drawn with, as CSS resolved them. */
record TimelinePalette(Color background, Color alternateLane, Color grid, Color majorGrid, Color text,
                       Color mutedText, Color cursor, Color selection, Color cooperative, Color neutral,
                       Color conflictual, Color density, Color period, List<Color> kinds) {

    /** A stable colour per kind, so that a kind keeps its colour across datasets and sessions. */
    Color kind(String kind) {
        if (kind == null) {
            return neutral;
        }
        return kinds.get(Math.floorMod(kind.hashCode(), kinds.size()));
    }

    /** Conflictual (-10) through neutral (0) to cooperative (+10); neutral when the tone is unknown. */
    Color tone(double tone) {
        if (Double.isNaN(tone)) {
            return neutral;
        }
        double t = Math.max(-1, Math.min(1, tone / 10));
        return t < 0 ? neutral.interpolate(conflictual, -t) : neutral.interpolate(cooperative, t);
    }
}
