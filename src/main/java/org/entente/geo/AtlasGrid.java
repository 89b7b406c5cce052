package org.entente.geo;

import org.locationtech.jts.geom.PrecisionModel;

/**
 * The integer grid an atlas's coordinates lie on: {@link #UNITS} steps per unit of {@link EqualEarth}'s
 * plane, 10⁻⁵ of the sphere's radius or about 64 metres, finer than Natural Earth's 1:50m shapes and fine
 * enough that the world (about 5.4 units wide) fits in 20 bits. The converter snaps shapes to the grid
 * before it checks them, so what the file holds is exactly what was checked.
 */
final class AtlasGrid {
    static final int UNITS = 100_000;
    static final PrecisionModel PRECISION = new PrecisionModel(UNITS);

    private AtlasGrid() {
    }

    static long step(double value) {
        return Math.round(value * UNITS);
    }

    static double snap(double value) {
        return PRECISION.makePrecise(value);
    }
}
