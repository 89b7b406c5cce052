package org.entente.convert;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.codes.CodeTable;

/**
 * GDELT gives an actor's country as a three-letter CAMEO country code. Most are the country's ISO 3166-1
 * alpha-3 code; {@code cameo-countries.tsv} lists those that are not (ROM is Romania, ROU), and
 * {@code cameo-regions.tsv} the regional codes (AFR, EUR, WST), which are no country at all.
 */
final class CameoCountries {
    private static final CodeTable EXCEPTIONS = CodeTable.load("cameo-countries.tsv");
    private static final CodeTable REGIONS = CodeTable.load("cameo-regions.tsv");
    private static final Set<String> ISO = org.entente.codes.CountryNames.english().keySet();
    /**
     * Demonyms GDELT writes as an actor's name that do not start like their country's English name (those
     * that do, ISRAELI or NIGERIAN, are recognised without a list).
     */
    private static final Map<String, String> IRREGULAR_DEMONYMS = Map.ofEntries(Map.entry("AFGHAN", "AFG"),
            Map.entry("AMERICAN", "USA"), Map.entry("BRITISH", "GBR"), Map.entry("BURMESE", "MMR"),
            Map.entry("DANISH", "DNK"), Map.entry("DUTCH", "NLD"), Map.entry("FILIPINO", "PHL"),
            Map.entry("FINNISH", "FIN"), Map.entry("FRENCH", "FRA"), Map.entry("IRISH", "IRL"),
            Map.entry("PALESTINIAN", "PSE"), Map.entry("POLISH", "POL"), Map.entry("SAUDI", "SAU"),
            Map.entry("SWISS", "CHE"), Map.entry("THAI", "THA"));

    private CameoCountries() {
    }

    /** The ISO alpha-3 code of a CAMEO country code, or null for a region or a code no ISO country has. */
    static String iso3(String cameo) {
        String exception = EXCEPTIONS.get(cameo);
        if (exception != null) {
            return exception;
        }
        return ISO.contains(cameo) ? cameo : null;
    }

    /** As {@link #iso3}, and null for an empty code too. */
    static String iso3OrNull(String cameo) {
        return cameo.isEmpty() ? null : iso3(cameo);
    }

    /** The name of a CAMEO regional code ("Africa" for AFR), or null. */
    static String region(String cameo) {
        return REGIONS.get(cameo);
    }

    /** The English name of an ISO alpha-3 code, as the graph names the country's group. */
    static String countryName(String iso) {
        String name = org.entente.codes.CountryNames.english().get(iso);
        return name != null ? name : iso;
    }

    /**
     * Whether an actor's name only says which country it is of: the country's name in English
     * ({@code ISRAEL}, or {@code RUSSIAN FEDERATION}), or its people's ({@code ISRAELI}, {@code SOUTH KOREAN},
     * {@code AMERICAN}). A demonym is recognised when it has the country's words, the last one sharing its
     * first letters with the country's: all but two of them, at least three.
     */
    static boolean namesCountry(String name, String iso) {
        String upper = name.strip().toUpperCase(Locale.ROOT);
        if (iso.equals(CountryNames.alpha3(upper).orElse(null)) || iso.equals(IRREGULAR_DEMONYMS.get(upper))) {
            return true;
        }
        String[] words = upper.split("\\s+");
        String[] countryWords = countryName(iso).toUpperCase(Locale.ROOT).split("\\s+");
        if (words.length != countryWords.length) {
            return false;
        }
        int last = words.length - 1;
        for (int i = 0; i < last; i++) {
            if (!words[i].equals(countryWords[i])) {
                return false;
            }
        }
        String stem = countryWords[last];
        int shared = Math.max(3, stem.length() - 2);
        return stem.length() >= 3 && words[last].length() >= shared && words[last].regionMatches(0, stem, 0, shared);
    }
}
