package org.entente.timeline;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.entente.canvas.LabelMetrics;

/**
 * The fonts the timeline's layers draw with, and the measure of labels in the regular one. Made once
 * per painter: measuring a font's advances costs far more than a frame.
 */
record TimelineFonts(Font regular, Font bold, Font small, LabelMetrics metrics) {

    static TimelineFonts of(Font font) {
        return new TimelineFonts(font, Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()),
                Font.font(font.getFamily(), font.getSize() - 1), new LabelMetrics(font));
    }

    double width(String text) {
        return metrics.width(text);
    }

    /** The text, cut short with an ellipsis where it is wider than {@code maxWidth}. */
    String fit(String text, double maxWidth) {
        if (metrics.width(text) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 1 && metrics.width(text.substring(0, end)) + metrics.width("\u2026") > maxWidth) {
            end = Math.max(1, end - Math.max(1, end / 8));
        }
        return text.substring(0, end) + "\u2026";
    }
}
