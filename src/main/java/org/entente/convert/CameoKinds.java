package org.entente.convert;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.entente.codes.CameoCodes;

/**
 * Event kinds from CAMEO codes, the same for every importer: the kind is the label of the code's root
 * category as a slug ({@code consult}, {@code make-public-statement}), so that an ICEWS and a GDELT event
 * with the same code stack in the same lane of the timeline.
 */
final class CameoKinds {
    /** The kinds made so far, by root code: an importer asks for one per event, and a slug costs regular expressions. */
    private static final Map<String, Optional<String>> KINDS = new ConcurrentHashMap<>();
    /** More root codes than the codebook has: past this, a file of made-up codes is not remembered. */
    private static final int MOST_KINDS = 1000;

    private CameoKinds() {
    }

    /** Whether {@code code} has the form of a CAMEO event code: two to four digits, leading zeros kept. */
    static boolean isEventCode(String code) {
        return code.length() >= 2 && code.length() <= 4 && GdeltFields.isDigits(code);
    }

    /** The root category of an event code: its first two digits ("04" for "042"). */
    static String root(String eventCode) {
        return eventCode.substring(0, 2);
    }

    /** The kind of a root category, e.g. {@code express-intent-to-cooperate}; null for a root the codebook lacks. */
    static String kind(String rootCode) {
        Optional<String> known = KINDS.get(rootCode);
        if (known == null) {
            String label = CameoCodes.label(rootCode);
            known = Optional.ofNullable(label == null ? null : Slugs.slug(label.toLowerCase(Locale.ROOT)));
            if (KINDS.size() < MOST_KINDS) {
                KINDS.put(rootCode, known);
            }
        }
        return known.orElse(null);
    }
}
