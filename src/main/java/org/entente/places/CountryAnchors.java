package org.entente.places;

/**
 * Where on the projected map a country's markers and arcs are drawn (a capital, or a point inside its
 * shape): the atlas knows, the places do not. A country without an anchor gets no marker and no arc.
 */
public interface CountryAnchors {
    boolean has(int country);

    double x(int country);

    double y(int country);
}
