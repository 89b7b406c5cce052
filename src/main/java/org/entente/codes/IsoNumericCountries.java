package org.entente.codes;

/**
 * ACLED and Natural Earth's country shapes give a country as its ISO 3166-1 numeric code (566 for Nigeria);
 * entente/1 wants alpha-3. The JDK has no table from one to the other, so {@code iso-numeric-alpha3.tsv}
 * ships one (its header says where it comes from).
 */
public final class IsoNumericCountries {
    private static final CodeTable ALPHA3 = CodeTable.load("iso-numeric-alpha3.tsv");

    private IsoNumericCountries() {
    }

    /** The alpha-3 code of a numeric code written with or without leading zeros, or null when there is none. */
    public static String alpha3(String numeric) {
        if (numeric == null || !numeric.matches("[0-9]{1,3}")) {
            return null;
        }
        return ALPHA3.get(String.valueOf(Integer.parseInt(numeric)));
    }
}
