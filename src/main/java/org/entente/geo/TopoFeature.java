package org.entente.geo;

import org.locationtech.jts.geom.MultiPolygon;

/**
 * One geometry of a TopoJSON collection as read: its id (null when it has none), its name and its polygons
 * in longitude and latitude, exactly as the file draws them: a ring that crosses the antimeridian still
 * jumps from one side of the world to the other (see {@link Antimeridian}). A null geometry has no polygons.
 */
public record TopoFeature(String id, String name, MultiPolygon lonLat) {
}
