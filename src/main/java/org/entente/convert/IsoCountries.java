package org.entente.convert;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** ISO 3166-1 country codes as the JDK knows them: whether a code is alpha-3, and alpha-2 to alpha-3. */
final class IsoCountries {
    private static final Map<String, String> ALPHA3_BY_ALPHA2 = alpha3ByAlpha2();
    private static final Set<String> ALPHA3 = Set.copyOf(ALPHA3_BY_ALPHA2.values());

    private IsoCountries() {
    }

    private static Map<String, String> alpha3ByAlpha2() {
        Map<String, String> codes = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            codes.put(alpha2, new Locale("", alpha2).getISO3Country());
        }
        return Map.copyOf(codes);
    }

    static boolean isAlpha3(String code) {
        return code != null && ALPHA3.contains(code);
    }

    /** The alpha-3 code of an alpha-2 code, or null. */
    static String alpha3(String alpha2) {
        return alpha2 == null ? null : ALPHA3_BY_ALPHA2.get(alpha2.toUpperCase(Locale.ROOT));
    }
}
