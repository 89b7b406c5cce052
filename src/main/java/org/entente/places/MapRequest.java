package org.entente.places;

import org.entente.index.IntList;

/**
 * What a frame of the map is asked for: the view, the size of a bin on screen, where countries are drawn,
 * how many flows at most (besides the selection's), and the selected events (dataset positions, maybe none).
 */
public record MapRequest(MapCamera camera, double binPixels, CountryAnchors anchors, int maxFlows,
                         IntList selection) {
    public MapRequest {
        if (!(binPixels >= 1) || maxFlows < 0) {
            throw new IllegalArgumentException("bins of " + binPixels + " px, " + maxFlows + " flows");
        }
    }
}
