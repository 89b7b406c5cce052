package org.entente.geo;

import java.util.Map;
import org.entente.codes.IsoNumericCountries;

/**
 * The ISO 3166-1 alpha-3 code that datasets give a Natural Earth country, from its numeric id. Natural Earth
 * gives no id to a few territories without an ISO code; of those only Kosovo is named in datasets, and the
 * importers already call it XKX (the user-assigned code of {@code fips-iso3.tsv}, {@code cameo-countries.tsv}
 * and the Office of the Historian's country table), so it is the one that gets a code by its name here.
 */
final class CountryCodes {
    private static final Map<String, String> WITHOUT_ID = Map.of("Kosovo", "XKX");

    private CountryCodes() {
    }

    /** The alpha-3 code of {@code feature}, or null when datasets have none for it. */
    static String of(TopoFeature feature) {
        return feature.id() == null ? WITHOUT_ID.get(feature.name()) : IsoNumericCountries.alpha3(feature.id());
    }
}
