package org.entente.workspace;

import org.entente.places.MapShading;

/**
 * How the map shows its time: what a country's shade says, whether flows are drawn and how many at most, and
 * where it looks, in its projection's units (null: the whole world).
 */
public record MapSettings(MapShading shading, boolean flows, int maxFlows, Viewport view) {
}
