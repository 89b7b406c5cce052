package org.entente.time;

/** The digits of one date component as written, where 'X' stands for an unspecified digit. */
record DigitPattern(String chars) {

    boolean hasX() {
        return chars.indexOf('X') >= 0;
    }

    /** The written number; only meaningful when {@link #hasX()} is false. */
    int value() {
        return Integer.parseInt(chars);
    }

    boolean matches(long number) {
        String digits = Long.toString(number);
        if (number < 0 || digits.length() > chars.length()) {
            return false;
        }
        digits = "0".repeat(chars.length() - digits.length()) + digits;
        for (int i = 0; i < chars.length(); i++) {
            if (chars.charAt(i) != 'X' && chars.charAt(i) != digits.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    long smallest() {
        return Long.parseLong(chars.replace('X', '0'));
    }

    long largest() {
        return Long.parseLong(chars.replace('X', '9'));
    }
}
