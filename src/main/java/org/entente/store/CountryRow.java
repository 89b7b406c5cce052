package org.entente.store;

/**
 * A country (ISO 3166-1 alpha-3) and the events of a window that count for it, as the map shades it:
 * how many, and their mean tone (NaN when none has a tone).
 */
public record CountryRow(String code, int events, double meanTone) {
}
