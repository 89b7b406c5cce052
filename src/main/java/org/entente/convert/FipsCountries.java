package org.entente.convert;

import org.entente.codes.CodeTable;

/**
 * GDELT gives the countries of places as FIPS 10-4 codes ({@code AS} is Australia, not American Samoa);
 * entente/1 wants ISO 3166-1 alpha-3. The table is {@code fips-iso3.tsv}.
 */
final class FipsCountries {
    private static final CodeTable ISO = CodeTable.load("fips-iso3.tsv");

    private FipsCountries() {
    }

    /** The ISO alpha-3 code, or null for a code without one (oceans, disputed islands) or an unknown code. */
    static String iso3(String fips) {
        return ISO.get(fips);
    }
}
