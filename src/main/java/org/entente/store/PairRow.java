package org.entente.store;

/**
 * Two actors and the events of a window they share: how many, their mean tone (NaN when none has a tone)
 * and how many rest only on weak sources. {@code first} sorts before {@code second}, so a pair has one spelling.
 */
public record PairRow(String first, String second, int events, double meanTone, int weakEvents) {
}
