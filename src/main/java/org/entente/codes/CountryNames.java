package org.entente.codes;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * English names of countries by their ISO 3166-1 alpha-3 codes, the codes datasets give for an actor's
 * country. The JDK's locale data holds them, so no table of our own goes stale; a short table adds the
 * codes it lacks.
 */
public final class CountryNames {
    /**
     * Codes the JDK does not name: states that no longer exist (ISO 3166-3 keeps their codes, and historical
     * datasets use them) and Kosovo's user-assigned code.
     */
    private static final Map<String, String> OTHERS = Map.of("SUN", "Soviet Union", "CSK", "Czechoslovakia",
            "YUG", "Yugoslavia", "DDR", "East Germany", "ANT", "Netherlands Antilles", "XKX", "Kosovo");

    private static final Map<String, String> ENGLISH = build();

    private CountryNames() {
    }

    /** Alpha-3 code to English short name ("PRK" to "North Korea"). */
    public static Map<String, String> english() {
        return ENGLISH;
    }

    private static Map<String, String> build() {
        Map<String, String> names = new HashMap<>(OTHERS);
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            names.put(country.getISO3Country(), country.getDisplayCountry(Locale.ENGLISH));
        }
        return Map.copyOf(names);
    }
}
