package org.entente.convert;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an English country name, as ICEWS writes them, into its ISO 3166-1 alpha-3 code. The JDK's own
 * English names cover most countries; the table below adds the names ICEWS spells differently from the
 * JDK (its names follow older UN usage, and the JDK's follow CLDR, which changes between releases).
 */
final class CountryNames {
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("bosnia and herzegovina", "BIH"),
            Map.entry("congo", "COG"),
            Map.entry("cote d'ivoire", "CIV"),
            Map.entry("czech republic", "CZE"),
            Map.entry("democratic republic of congo", "COD"),
            Map.entry("holy see", "VAT"),
            Map.entry("hong kong", "HKG"),
            Map.entry("iran", "IRN"),
            Map.entry("laos", "LAO"),
            Map.entry("macau", "MAC"),
            Map.entry("macedonia", "MKD"),
            Map.entry("moldova, republic of", "MDA"),
            Map.entry("myanmar", "MMR"),
            Map.entry("north korea", "PRK"),
            Map.entry("occupied palestinian territory", "PSE"),
            Map.entry("palestinian territory, occupied", "PSE"),
            Map.entry("russian federation", "RUS"),
            Map.entry("south korea", "KOR"),
            Map.entry("swaziland", "SWZ"),
            Map.entry("syria", "SYR"),
            Map.entry("taiwan", "TWN"),
            Map.entry("the former yugoslav republic of macedonia", "MKD"),
            Map.entry("united kingdom", "GBR"),
            Map.entry("united states", "USA"),
            Map.entry("vietnam", "VNM"));

    private static final Map<String, String> BY_NAME = byName();

    private CountryNames() {
    }

    private static Map<String, String> byName() {
        Map<String, String> names = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            names.put(key(country.getDisplayCountry(Locale.ENGLISH)), country.getISO3Country());
        }
        names.putAll(ALIASES);
        return Map.copyOf(names);
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replace('’', '\'').replace(" & ", " and ");
    }

    /** The alpha-3 code of a country name, or empty when the name is not a country this table knows. */
    static Optional<String> alpha3(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(key(name)));
    }
}
