package org.entente.convert;

import java.util.Locale;

/** Labels of the CAMEO event codes, from {@code cameo-event-codes.tsv}, written from the CAMEO codebook. */
final class CameoCodes {
    private static final CodeTable LABELS = CodeTable.load("cameo-event-codes.tsv");

    private CameoCodes() {
    }

    /**
     * The label of the most specific code that has one: GDELT occasionally emits codes that the codebook
     * lacks, and a title that names the base or root category beats a bare number.
     */
    static String label(String eventCode, String baseCode, String rootCode) {
        for (String code : new String[] {eventCode, baseCode, rootCode}) {
            String label = code == null ? null : LABELS.get(code);
            if (label != null) {
                return label;
            }
        }
        return "CAMEO " + eventCode;
    }

    /** The root category as an event kind, e.g. {@code express-intent-to-cooperate}; null for an unknown root. */
    static String kind(String rootCode) {
        String label = LABELS.get(rootCode);
        return label == null ? null : Slugs.slug(label.toLowerCase(Locale.ROOT));
    }

    static int size() {
        return LABELS.size();
    }
}
