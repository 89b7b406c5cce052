package org.entente.workspace;

import org.entente.places.MapShading;

/**
 * How the map shows its time: what a country's shade says, whether flows are drawn and how many at most, and
 * where it looks (null: fitted to what is on show).
 */
public record MapSettings(MapShading shading, boolean flows, int maxFlows, View view) {
    /** The map's centre in its projection's units and its scale, as the map's viewport holds them. */
    public record View(double centerX, double centerY, double scale) {
    }
}
