package org.entente.detail;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.entente.canvas.CanvasColors;
import org.entente.time.DayFormat;

/**
 * A small chart of events over time: bars for how many, and a line for the mean tone (from conflict
 * at the bottom to cooperation at the top) where the events have one. It redraws when resized or when a
 * theme changes its colours.
 */
final class ActivityChart extends Region {
    /**
     * Every colour the chart draws with, each set by a token in tokens.css named after it:
     * {@code BAR} by {@code -entente-chart-bar}.
     */
    enum Role {
        BAR,
        TONE,
        TEXT
    }

    private static final CanvasColors<ActivityChart, Role> COLORS =
            new CanvasColors<>(Role.class, "-entente-chart-", Region.getClassCssMetaData(), chart -> chart.colors);
    private static final double AXIS = 14;
    private static final long DAY = 86_400_000L;

    private final CanvasColors.Values<Role> colors = COLORS.attach(this);
    private final Canvas canvas = new Canvas();
    private final ActivitySeries series;
    private final boolean showTone;

    ActivityChart(ActivitySeries series, boolean showTone) {
        this.series = series;
        this.showTone = showTone;
        getStyleClass().add("activity-chart");
        getChildren().add(canvas);
        setPrefHeight(86);
        setMinHeight(86);
        colors.properties().forEach(colour -> colour.addListener(x -> requestLayout()));
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return COLORS.getCssMetaData();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.max(1, getWidth()));
        canvas.setHeight(Math.max(1, getHeight()));
        draw(canvas.getGraphicsContext2D(), getWidth(), getHeight());
    }

    private void draw(GraphicsContext g, double w, double h) {
        g.clearRect(0, 0, w, h);
        int[] counts = series.counts();
        int max = Math.max(1, series.max());
        double plotH = h - AXIS;
        double barW = w / counts.length;
        g.setFill(colors.get(Role.BAR));
        for (int i = 0; i < counts.length; i++) {
            double barH = plotH * counts[i] / max;
            g.fillRect(i * barW + 0.5, plotH - barH, Math.max(1, barW - 1), barH);
        }
        if (showTone) {
            g.setStroke(colors.get(Role.TONE));
            g.setLineWidth(2);
            g.beginPath();
            boolean pen = false;
            for (int i = 0; i < counts.length; i++) {
                double tone = series.meanTone()[i];
                if (Double.isNaN(tone)) {
                    continue;
                }
                double x = (i + 0.5) * barW;
                double y = plotH * (1 - (Math.max(-10, Math.min(10, tone)) + 10) / 20);
                if (pen) {
                    g.lineTo(x, y);
                } else {
                    g.moveTo(x, y);
                    pen = true;
                }
            }
            g.stroke();
        }
        g.setFill(colors.get(Role.TEXT));
        g.setFont(Font.font(10));
        g.setTextBaseline(VPos.BOTTOM);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(label(series.from(), series.from()), 0, h);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(label(series.to(), series.binStart(counts.length - 1)), w, h);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("max " + series.max() + " per bar" + (showTone ? " \u00B7 line: mean tone" : ""), w / 2, h);
    }

    /**
     * The label of an end of the chart, {@code millis}: its year on a chart of years, its day on one of
     * days, and on one of hours the hour its bar starts, {@code bar}.
     */
    private String label(long millis, long bar) {
        long span = series.to() - series.from();
        if (span > 3 * 365 * DAY) {
            return year(millis);
        }
        return span < 3 * DAY ? DayFormat.dayAndTime(bar) : DayFormat.day(millis);
    }

    private static String year(long millis) {
        int year = Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).getYear();
        return year > 0 ? Integer.toString(year) : (1 - year) + " BCE";
    }
}
