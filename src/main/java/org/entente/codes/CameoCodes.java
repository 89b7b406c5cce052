package org.entente.codes;

/** Labels of the CAMEO event codes, from {@code cameo-event-codes.tsv}, written from the CAMEO codebook. */
public final class CameoCodes {
    private static final CodeTable LABELS = CodeTable.load("cameo-event-codes.tsv");

    private CameoCodes() {
    }

    /**
     * The label of the most specific code that has one: GDELT occasionally emits codes that the codebook
     * lacks, and a title that names the base or root category beats a bare number.
     */
    public static String label(String eventCode, String baseCode, String rootCode) {
        for (String code : new String[] {eventCode, baseCode, rootCode}) {
            String label = code == null ? null : LABELS.get(code);
            if (label != null) {
                return label;
            }
        }
        return "CAMEO " + eventCode;
    }

    /** The codebook's label of one code, such as "Make a visit" for 042; null when the codebook lacks it. */
    public static String label(String code) {
        return code == null ? null : LABELS.get(code);
    }

    public static int size() {
        return LABELS.size();
    }
}
