package org.entente.canvas;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Label widths for placement, from a table of character advances measured once per font: measuring
 * every label with a text layout each frame would cost more than drawing it.
 */
public final class LabelMetrics {
    private static final int FIRST = 32;
    private static final int LAST = 126;

    private final double[] advances = new double[LAST - FIRST + 1];
    private final double fallback;

    public LabelMetrics(Font font) {
        Text text = new Text();
        text.setFont(font);
        double sum = 0;
        for (int c = FIRST; c <= LAST; c++) {
            text.setText(String.valueOf((char) c));
            advances[c - FIRST] = text.getLayoutBounds().getWidth();
            sum += advances[c - FIRST];
        }
        fallback = sum / advances.length * 1.15;
    }

    public double width(String label) {
        double width = 0;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            width += c >= FIRST && c <= LAST ? advances[c - FIRST] : fallback;
        }
        return width;
    }
}
