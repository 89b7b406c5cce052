package org.entente.map;

import java.util.List;
import javafx.scene.paint.Color;
import org.entente.geo.Atlas;
import org.entente.places.MapFrame;
import org.entente.strata.ColorMode;
import org.entente.strata.Strata;
import org.locationtech.jts.geom.Envelope;

/**
 * Everything one frame of the map draws, fixed for the frame: where it looks, the atlas at the detail of
 * the zoom, the colours, each atlas country's shade (null for plain land), and the events' bins, markers
 * and flows ({@code frame}, null without data), its country-level counts merged where they would overlap,
 * how to colour them, whether to draw the flows, and the names of the busiest countries.
 * Map coordinates are the atlas's projected ones with y turned over, so y grows southwards.
 */
record MapPicture(MapViewport viewport, double width, double height, Atlas atlas, MapPalette palette, Color[] shades,
                  MapFrame frame, List<MapMarker> markers, List<MapMarker> selectedMarkers, Strata strata,
                  ColorMode colorMode, boolean flows, List<MapLabel> labels) {

    double screenX(double projectedX) {
        return viewport.screenX(projectedX, width);
    }

    /** The screen y of a projected y, which grows northwards. */
    double screenY(double projectedY) {
        return viewport.screenY(-projectedY, height);
    }

    /** The colour of a bin: its commonest group's by kind, its mean tone's by tone, as the timeline colours events. */
    Color binColour(MapFrame.Bin bin) {
        return colorMode == ColorMode.TONE ? palette.tone(bin.meanTone()) : palette.group(strata, bin.dominantGroup());
    }

    /** Whether any of a box of projected coordinates is on the canvas. */
    boolean inView(Envelope bounds) {
        return screenX(bounds.getMaxX()) >= 0 && screenX(bounds.getMinX()) <= width
                && screenY(bounds.getMinY()) >= 0 && screenY(bounds.getMaxY()) <= height;
    }

    /** The shade of the atlas's {@code country}th country, or null for plain land. */
    Color shade(int country) {
        return shades == null ? null : shades[country];
    }
}
