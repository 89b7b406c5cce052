package org.entente.places;

/**
 * Where on the projected map a country's markers and arcs are drawn (a capital, or a point inside its
 * shape): the atlas knows, the places do not. A country without an anchor gets no marker and no arc.
 */
public interface CountryAnchors {
    boolean has(int country);

    double x(int country);

    double y(int country);

    /**
     * Anchors at the projected points of two arrays in the order of the country table; NaN, or past the
     * end, where a country has none.
     */
    static CountryAnchors of(double[] xs, double[] ys) {
        return new Points(xs.clone(), ys.clone());
    }

    /** Anchors held in arrays, as {@link #of} makes them. */
    record Points(double[] xs, double[] ys) implements CountryAnchors {
        @Override
        public boolean has(int country) {
            return country < xs.length && !Double.isNaN(xs[country]);
        }

        @Override
        public double x(int country) {
            return xs[country];
        }

        @Override
        public double y(int country) {
            return ys[country];
        }
    }
}
