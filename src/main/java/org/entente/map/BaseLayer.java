package org.entente.map;

import java.util.Objects;
import java.util.function.IntPredicate;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineJoin;
import org.entente.geo.Atlas;
import org.entente.geo.AtlasCountry;
import org.entente.geo.EqualEarth;

/**
 * The bottom layer: the sea inside the world's outline, a graticule, and the countries, each filled with
 * its shade (or the land's colour) and outlined. Countries outside the canvas are skipped by their
 * bounds, and points closer than a pixel to the last one drawn are dropped, so the work follows what is
 * on screen rather than the atlas's detail.
 */
final class BaseLayer {
    /**
     * What the whole land's drawing depends on besides the view and the shades: while it is the same, the
     * land drawn last still stands, moved with the view while it moves, and only the countries whose shade
     * changed are filled again.
     */
    record Key(double width, double height, Atlas atlas, MapPalette palette, boolean shaded) {
        static Key of(MapPicture p) {
            return new Key(p.width(), p.height(), p.atlas(), p.palette(), p.shades() != null);
        }
    }

    private static final double MIN_STEP = 0.6;
    private static final int GRATICULE_DEGREES = 30;

    void draw(GraphicsContext g, MapPicture p) {
        g.setFill(p.palette().get(MapPalette.Role.BACKGROUND));
        g.fillRect(0, 0, p.width(), p.height());
        g.beginPath();
        trace(g, p.atlas().outline(), p);
        g.setFill(p.palette().get(MapPalette.Role.OCEAN));
        g.fill();
        graticule(g, p);
        countries(g, p, i -> true);
    }

    /**
     * Fills again the countries whose shade differs from {@code before} (the shades drawn last), over
     * the land as it stands: a scrub step changes the class of a few countries, not of the world.
     */
    void redraw(GraphicsContext g, MapPicture p, Color[] before) {
        countries(g, p, i -> !Objects.equals(before[i], p.shade(i)));
    }

    private static void countries(GraphicsContext g, MapPicture p, IntPredicate which) {
        g.setFillRule(FillRule.EVEN_ODD);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineWidth(p.viewport().scale() > 2000 ? 0.9 : 0.6);
        g.setStroke(p.palette().get(MapPalette.Role.BORDER));
        Color land = p.palette().get(MapPalette.Role.LAND);
        for (int i = 0; i < p.atlas().countries().size(); i++) {
            AtlasCountry country = p.atlas().countries().get(i);
            if (!which.test(i) || !p.inView(country.bounds())) {
                continue;
            }
            Color shade = p.shade(i);
            g.beginPath();
            for (double[][] polygon : country.polygons()) {
                for (double[] ring : polygon) {
                    trace(g, ring, p);
                }
            }
            g.setFill(shade == null ? land : shade);
            g.fill();
            g.stroke();
        }
        g.setFillRule(FillRule.NON_ZERO);
    }

    /** Meridians and parallels every 30 degrees, faint, so that the eye finds latitude and longitude. */
    private static void graticule(GraphicsContext g, MapPicture p) {
        g.setStroke(p.palette().get(MapPalette.Role.GRATICULE));
        g.setLineWidth(0.5);
        g.beginPath();
        for (int lon = -180 + GRATICULE_DEGREES; lon < 180; lon += GRATICULE_DEGREES) {
            for (int lat = -90; lat <= 90; lat += 2) {
                double x = p.screenX(EqualEarth.x(lon, lat));
                double y = p.screenY(EqualEarth.y(lat));
                if (lat == -90) {
                    g.moveTo(x, y);
                } else {
                    g.lineTo(x, y);
                }
            }
        }
        for (int lat = -60; lat <= 60; lat += GRATICULE_DEGREES) {
            double y = p.screenY(EqualEarth.y(lat));
            g.moveTo(p.screenX(EqualEarth.x(-180, lat)), y);
            g.lineTo(p.screenX(EqualEarth.x(180, lat)), y);
        }
        g.stroke();
    }

    /** Adds a closed ring of projected x, y pairs to the path, in screen coordinates. */
    private static void trace(GraphicsContext g, double[] ring, MapPicture p) {
        double lastX = p.screenX(ring[0]);
        double lastY = p.screenY(ring[1]);
        g.moveTo(lastX, lastY);
        for (int i = 2; i < ring.length; i += 2) {
            double x = p.screenX(ring[i]);
            double y = p.screenY(ring[i + 1]);
            if (Math.abs(x - lastX) >= MIN_STEP || Math.abs(y - lastY) >= MIN_STEP) {
                g.lineTo(x, y);
                lastX = x;
                lastY = y;
            }
        }
        g.closePath();
    }
}
