package org.entente.map;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.entente.places.MapFrame;
import org.entente.places.MarkRadius;
import org.entente.strata.ColorMode;

/**
 * Where events happened: each bin a disc sized by its count, cut into the shares of its groups in the
 * timeline's colours, its count written inside when there is room; a bin of one event is a dot at its
 * own point. Events known only by their country are a dashed ring at the country's anchor, never a
 * dot, so a country-level place is not mistaken for a precise one. The selection's bins and rings go on
 * top in the selection's colour.
 */
final class MarkLayer {
    private static final double LABEL_RADIUS = 7;
    private static final Font COUNT_FONT = Font.font("System", FontWeight.BOLD, 10);

    void draw(GraphicsContext g, MapPicture p) {
        MapFrame frame = p.frame();
        if (frame == null) {
            return;
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(COUNT_FONT);
        Color outline = p.palette().get(MapPalette.Role.MARK_OUTLINE);
        Color text = p.palette().get(MapPalette.Role.TEXT);
        Color halo = p.palette().get(MapPalette.Role.HALO);
        markers(g, p, p.markers(), p.palette().get(MapPalette.Role.NEUTRAL), text, halo);
        for (MapFrame.Bin bin : frame.bins()) {
            bin(g, p, bin, outline);
        }
        Color selection = p.palette().get(MapPalette.Role.SELECTION);
        markers(g, p, p.selectedMarkers(), selection, selection, halo);
        for (MapFrame.Bin bin : frame.selectedBins()) {
            selectedBin(g, p, bin, selection, outline);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    private static void bin(GraphicsContext g, MapPicture p, MapFrame.Bin bin, Color outline) {
        double x = p.screenX(bin.x());
        double y = p.screenY(bin.y());
        double r = MarkRadius.of(bin.count());
        if (bin.count() == 1 || p.colorMode() == ColorMode.TONE) {
            g.setFill(p.binColour(bin));
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
        } else {
            pie(g, p, bin, x, y, r);
        }
        ring(g, x, y, r, outline, 1.2);
        if (bin.count() > 1 && r >= LABEL_RADIUS) {
            count(g, bin.count(), x, y, Color.WHITE, Color.rgb(0, 0, 0, 0.55));
        }
    }

    private static void ring(GraphicsContext g, double x, double y, double r, Color colour, double width) {
        g.setStroke(colour);
        g.setLineWidth(width);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    /** The disc cut into its groups' shares, the largest first from twelve o'clock. */
    private static void pie(GraphicsContext g, MapPicture p, MapFrame.Bin bin, double x, double y, double r) {
        int[] byGroup = bin.byGroup();
        double start = 90;
        for (int group = 0; group < byGroup.length; group++) {
            if (byGroup[group] == 0) {
                continue;
            }
            double extent = -360.0 * byGroup[group] / bin.count();
            g.setFill(p.palette().group(p.strata(), group));
            g.fillArc(x - r, y - r, 2 * r, 2 * r, start, extent, ArcType.ROUND);
            start += extent;
        }
    }

    private static void selectedBin(GraphicsContext g, MapPicture p, MapFrame.Bin bin, Color selection, Color outline) {
        double x = p.screenX(bin.x());
        double y = p.screenY(bin.y());
        double r = MarkRadius.of(bin.count()) + 1.5;
        g.setFill(selection);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        ring(g, x, y, r, outline, 2);
        if (bin.count() > 1) {
            count(g, bin.count(), x, y, Color.WHITE, selection.darker());
        }
    }

    private static void markers(GraphicsContext g, MapPicture p, List<MapMarker> markers, Color ring,
                                Color text, Color halo) {
        g.setLineDashes(3, 2);
        for (MapMarker marker : markers) {
            double x = p.screenX(marker.x());
            double y = p.screenY(marker.y());
            double r = MarkRadius.of(marker.events()) + 2;
            g.setFill(halo);
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            ring(g, x, y, r, ring, 1.6);
        }
        g.setLineDashes();
        for (MapMarker marker : markers) {
            g.setFill(text);
            g.fillText(format(marker.events()), p.screenX(marker.x()), p.screenY(marker.y()));
        }
    }

    private static void count(GraphicsContext g, int count, double x, double y, Color fill, Color shadow) {
        String label = format(count);
        g.setFill(shadow);
        g.fillText(label, x + 0.6, y + 0.8);
        g.setFill(fill);
        g.fillText(label, x, y);
    }

    /** A count short enough for a disc: 950, 9.5k, 95k, 1.2M. */
    static String format(int count) {
        if (count < 1000) {
            return Integer.toString(count);
        }
        if (count < 1_000_000) {
            return count < 10_000 ? String.format(Locale.ROOT, "%.1fk", count / 1000.0) : count / 1000 + "k";
        }
        return String.format(Locale.ROOT, "%.1fM", count / 1_000_000.0);
    }
}
