package org.entente.time;

/**
 * EDTF "month" codes 21–41 that stand for a part of a year. Seasons are meteorological (whole months);
 * a season that crosses New Year (winter in the north, summer in the south) starts in December of the
 * written year.
 */
final class Seasons {
    static final int FIRST = 21;
    static final int LAST = 41;

    // Indexed by code - 21: 21–24 seasons, 25–28 northern, 29–32 southern, 33–36 quarters,
    // 37–39 quadrimesters, 40–41 semesters.
    private static final int[] FIRST_MONTH = {3, 6, 9, 12, 3, 6, 9, 12, 9, 12, 3, 6, 1, 4, 7, 10, 1, 5, 9, 1, 7};
    private static final int[] MONTHS = {3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 6, 6};

    private Seasons() {
    }

    static boolean isSeason(int code) {
        return code >= FIRST && code <= LAST;
    }

    static int firstMonth(int code) {
        return FIRST_MONTH[code - FIRST];
    }

    static int months(int code) {
        return MONTHS[code - FIRST];
    }
}
