package org.entente.codes;

import java.util.Locale;
import java.util.Map;
import org.entente.model.Code;

/**
 * What a code means, in words, for the coding schemes event data comes with: CAMEO event codes (and the
 * base and root codes GDELT adds), GDELT's QuadClass, and PLOVER event types. A bare "cameo 042" means
 * nothing to a reader; "Make a visit" does.
 */
public final class CodeLabels {
    /** GDELT's four quadrants of the CAMEO codes. */
    private static final Map<String, String> QUAD_CLASSES = Map.of("1", "Verbal cooperation", "2", "Material cooperation",
            "3", "Verbal conflict", "4", "Material conflict");
    /** The sixteen event types of PLOVER, the successor of CAMEO. */
    private static final Map<String, String> PLOVER = Map.ofEntries(Map.entry("AGREE", "Agree"),
            Map.entry("CONSULT", "Consult"), Map.entry("SUPPORT", "Support"), Map.entry("CONCEDE", "Concede"),
            Map.entry("COOPERATE", "Cooperate"), Map.entry("AID", "Give aid"), Map.entry("RETREAT", "Retreat"),
            Map.entry("REQUEST", "Request"), Map.entry("ACCUSE", "Accuse"), Map.entry("REJECT", "Reject"),
            Map.entry("THREATEN", "Threaten"), Map.entry("PROTEST", "Protest"), Map.entry("SANCTION", "Sanction"),
            Map.entry("MOBILIZE", "Mobilize"), Map.entry("COERCE", "Coerce"), Map.entry("ASSAULT", "Assault"));

    private CodeLabels() {
    }

    /** The scheme as a reader knows it: "CAMEO", "CAMEO root", "QuadClass", "PLOVER"; otherwise as written. */
    public static String scheme(String scheme) {
        return switch (scheme.toLowerCase(Locale.ROOT)) {
            case "cameo" -> "CAMEO";
            case "cameo-base" -> "CAMEO base";
            case "cameo-root" -> "CAMEO root";
            case "quadclass" -> "QuadClass";
            case "plover" -> "PLOVER";
            default -> scheme;
        };
    }

    /** The code's meaning, or null when the scheme or the code is not one Entente knows. */
    public static String label(Code code) {
        return switch (code.scheme().toLowerCase(Locale.ROOT)) {
            case "cameo", "cameo-base", "cameo-root" -> CameoCodes.label(code.code());
            case "quadclass" -> QUAD_CLASSES.get(code.code());
            case "plover" -> PLOVER.get(code.code().toUpperCase(Locale.ROOT));
            default -> null;
        };
    }
}
