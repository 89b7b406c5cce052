package org.entente.convert;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.entente.codes.CountryNames;

/**
 * The country of an Office of the Historian country id, a slug such as {@code united-kingdom}. Most slugs
 * are the JDK's English name of the country as a slug; the table below holds the others: historical
 * states with their ISO 3166-3 codes, older and newer names of one state (so that a JDK that renames a
 * country does not change the mapping), and the Historian's own spellings. A few places have no code.
 */
final class HistorianCountries {
    /** Stands in the table for a place known to have no code. */
    private static final String NO_CODE = "";

    /** The code of a slug; {@link #NO_CODE} for places known to have none. */
    private static final Map<String, String> TABLE = Map.ofEntries(
            Map.entry("burma", "MMR"),
            Map.entry("cape-verde", "CPV"),
            Map.entry("congo-democratic-republic", "COD"),
            Map.entry("congo-kinshasa", "COD"),
            Map.entry("congo-republic", "COG"),
            Map.entry("cote-divoire", "CIV"),
            Map.entry("czech-republic", "CZE"),
            Map.entry("czechia", "CZE"),
            Map.entry("czechoslovakia", "CSK"),
            Map.entry("eswatini", "SWZ"),
            Map.entry("german-democratic-republic", "DDR"),
            Map.entry("hawaii", NO_CODE),
            Map.entry("holy-see", "VAT"),
            Map.entry("korea", "KOR"),
            Map.entry("korea-north", "PRK"),
            Map.entry("korea-south", "KOR"),
            Map.entry("kosovo", "XKX"),
            Map.entry("macedonia", "MKD"),
            Map.entry("netherlands-antilles", "ANT"),
            Map.entry("north-macedonia", "MKD"),
            Map.entry("palestinian-authority", "PSE"),
            Map.entry("saint-kitts-nevis", "KNA"),
            Map.entry("saint-lucia", "LCA"),
            Map.entry("saint-vincent-grenadines", "VCT"),
            Map.entry("sao-tome-and-principe", "STP"),
            Map.entry("somoa", "WSM"),
            Map.entry("soviet-union", "SUN"),
            Map.entry("swaziland", "SWZ"),
            Map.entry("trinidad-and-tobago", "TTO"),
            Map.entry("turkey", "TUR"),
            Map.entry("turkiye", "TUR"),
            Map.entry("united-states", "USA"),
            Map.entry("vatican-city", "VAT"),
            Map.entry("west-bank", "PSE"),
            Map.entry("yugoslavia", "YUG"));

    /**
     * Names that say the place was another state than its slug does: the Historian files the Soviet Union
     * under {@code russia}, and a visit to Moscow in 1959 was not hosted by the Russian Federation.
     */
    private static final Map<String, String> NAMED = Map.of("U.S.S.R.", "SUN", "Soviet Union", "SUN");

    /**
     * Places that are not states, though the Historian lists them with the countries: a trip there was not
     * hosted by the state of their code (the West Bank is not the Palestinian Authority).
     */
    private static final Set<String> NOT_STATES = Set.of("antarctica", "french-polynesia", "netherlands-antilles",
            "new-caledonia", "west-bank");

    private static final Map<String, String> BY_SLUG = bySlug();

    private HistorianCountries() {
    }

    private static Map<String, String> bySlug() {
        Map<String, String> slugs = new HashMap<>();
        CountryNames.english().forEach((code, name) -> slugs.put(Slugs.slug(name), code));
        slugs.putAll(TABLE);
        return Map.copyOf(slugs);
    }

    /** Whether the slug is one this table knows, with or without a code. */
    static boolean known(String slug) {
        return BY_SLUG.containsKey(slug);
    }

    /** The ISO alpha-3 code of the place the slug and the Historian's name for it stand for, or null. */
    static String alpha3(String slug, String name) {
        String named = name == null ? null : NAMED.get(name);
        if (named != null) {
            return named;
        }
        String code = BY_SLUG.get(slug);
        return code == null || code.isEmpty() ? null : code;
    }

    static boolean isState(String slug) {
        return !NOT_STATES.contains(slug);
    }
}
