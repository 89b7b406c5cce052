package org.entente.canvas;

import javafx.scene.paint.Color;

/** How both canvases colour a tone: from conflictual (-10) through neutral (0) to cooperative (+10). */
public final class ToneColours {
    private ToneColours() {
    }

    /** A tone as -1 (conflictual) to +1 (cooperative), tones beyond ±10 counting as ±10. */
    public static double unit(double tone) {
        return Math.max(-1, Math.min(1, tone / 10));
    }

    /** The colour at {@code t}, from -1 (conflictual) through 0 (neutral) to +1 (cooperative). */
    public static Color at(double t, Color conflictual, Color neutral, Color cooperative) {
        return t < 0 ? neutral.interpolate(conflictual, -t) : neutral.interpolate(cooperative, t);
    }
}
