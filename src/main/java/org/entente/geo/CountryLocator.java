package org.entente.geo;

import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds the country under a point: an R-tree of the countries' bounds narrows the question to the few
 * whose rectangle holds the point, and each of those answers from an index of its edges, so a question
 * costs a few microseconds however detailed the shapes. Everything is built in the constructor, so
 * after that the locator is only read and any thread may ask.
 */
final class CountryLocator {
    private final STRtree tree = new STRtree();

    CountryLocator(List<AtlasCountry> countries) {
        for (AtlasCountry country : countries) {
            IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(country.shape());
            // The locator builds its edge index on the first question; ask one now rather than on a reader's thread.
            inside.locate(new Coordinate(country.anchorX(), country.anchorY()));
            tree.insert(country.bounds(), new Entry(country, inside));
        }
        tree.build();
    }

    /** The country whose area (border included) holds (x, y), or null. */
    AtlasCountry at(double x, double y) {
        Coordinate point = new Coordinate(x, y);
        for (Object item : tree.query(new Envelope(point))) {
            Entry entry = (Entry) item;
            if (entry.inside().locate(point) != Location.EXTERIOR) {
                return entry.country();
            }
        }
        return null;
    }

    private record Entry(AtlasCountry country, IndexedPointInAreaLocator inside) {
    }
}
