package org.entente.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Means of tone summed in another order differ in their last bits, and rounding both to a number of places
 * still parts two means that straddle a half. An answer's means within a billionth of the expected ones are
 * taken as theirs, so that {@code assertEquals} compares the rest exactly and shows both lists when they differ.
 */
final class Tones {
    private static final double CLOSE = 1e-9;

    private Tones() {
    }

    static List<PairRow> pairsLike(List<PairRow> expected, List<PairRow> actual) {
        List<PairRow> like = new ArrayList<>(actual.size());
        for (int i = 0; i < actual.size(); i++) {
            PairRow a = actual.get(i);
            double tone = i < expected.size() ? like(expected.get(i).meanTone(), a.meanTone()) : a.meanTone();
            like.add(new PairRow(a.first(), a.second(), a.events(), tone, a.weakEvents()));
        }
        return like;
    }

    static List<CountryRow> countriesLike(List<CountryRow> expected, List<CountryRow> actual) {
        List<CountryRow> like = new ArrayList<>(actual.size());
        for (int i = 0; i < actual.size(); i++) {
            CountryRow a = actual.get(i);
            double tone = i < expected.size() ? like(expected.get(i).meanTone(), a.meanTone()) : a.meanTone();
            like.add(new CountryRow(a.code(), a.events(), tone));
        }
        return like;
    }

    private static double like(double expected, double actual) {
        return Math.abs(expected - actual) <= CLOSE ? expected : actual;
    }
}
