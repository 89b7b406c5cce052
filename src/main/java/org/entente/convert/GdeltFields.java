package org.entente.convert;

/** Strict readers for GDELT's field values: plain decimal text only, no Java literals such as "NaN" or "1e3d". */
final class GdeltFields {
    private GdeltFields() {
    }

    /** The value without surrounding blanks; "NA", which some exports of the data use for a missing value, is empty. */
    static String text(String field) {
        String value = field.strip();
        return value.equals("NA") ? "" : value;
    }

    static boolean isNa(String field) {
        return field.strip().equals("NA");
    }

    static boolean isDigits(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The whole number in {@code value}, or -1 when it is not a non-negative integer of at most 18 digits. */
    static long count(String value) {
        return isDigits(value) && value.length() <= 18 ? Long.parseLong(value) : -1;
    }

    /** The decimal number in {@code value} ({@code -12}, {@code 2.8}, {@code .5}), or NaN when it is not one. */
    static double decimal(String value) {
        int i = value.startsWith("-") || value.startsWith("+") ? 1 : 0;
        int digits = 0;
        boolean point = false;
        for (; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return Double.NaN;
            }
        }
        return digits == 0 || digits > 30 ? Double.NaN : Double.parseDouble(value);
    }
}
