package org.entente.time;

import java.math.BigInteger;

/** Reads the year of a date: YYYY (digits or X), Y-prefixed long years, exponents (E) and significant digits (S). */
final class YearParser {
    private static final long LIMIT = 200_000_000L;
    /** Digits of the largest number a long holds: anything longer is out of range. */
    private static final int MAX_DIGITS = 18;
    private static final String DIGITS = "0123456789";

    private YearParser() {
    }

    static YearField parse(Cursor c) throws EdtfException {
        int at = c.pos();
        if (c.peek('Y')) {
            return parsePrefixed(c, at);
        }
        if (c.peek('y')) {
            throw c.error("lowercase 'y' is not valid: write the long-year prefix as 'Y'");
        }
        boolean negative = c.peek('-');
        if (negative) {
            c.next();
        }
        String digits = c.run(DIGITS + "X");
        if (digits.isEmpty()) {
            throw c.error("expected a year (YYYY, or Y followed by more than 4 digits) but found " + c.describeNext());
        }
        if (digits.length() < 4) {
            throw c.error("year '" + digits + "' must have 4 digits (YYYY)", at);
        }
        if (digits.length() > 4) {
            throw c.error("year '" + digits + "' has more than 4 digits: write a longer year with a Y prefix, as Y"
                    + digits, at);
        }
        DigitPattern pattern = new DigitPattern(digits);
        if (digits.charAt(0) == 'X') {
            throw c.error("year '" + digits + "' has an unspecified first digit, so the date cannot be placed in time",
                    at);
        }
        if (pattern.hasX()) {
            if (c.peek('S')) {
                throw c.error("significant digits (S) cannot be combined with unspecified digits (X)");
            }
            return unspecified(pattern, negative);
        }
        if (negative && pattern.value() == 0) {
            throw c.error("year -0000 is not valid: write 0000 for 1 BCE", at);
        }
        if (c.peek('S')) {
            return significant(c, BigInteger.valueOf(pattern.value()), negative, 4, at);
        }
        long year = negative ? -pattern.value() : pattern.value();
        return new YearField(year, year, null, negative, Precision.YEAR, null);
    }

    private static YearField unspecified(DigitPattern pattern, boolean negative) {
        Precision precision = switch (pattern.chars().indexOf('X')) {
            case 1 -> Precision.MILLENNIUM;
            case 2 -> Precision.CENTURY;
            default -> Precision.DECADE;
        };
        long low = pattern.smallest();
        long high = pattern.largest();
        return negative
                ? new YearField(-high, -low, pattern, true, precision, null)
                : new YearField(low, high, pattern, false, precision, null);
    }

    private static YearField parsePrefixed(Cursor c, int at) throws EdtfException {
        c.next();
        boolean negative = c.peek('-');
        if (negative) {
            c.next();
        }
        String mantissa = c.run(DIGITS);
        if (c.peek('X')) {
            throw c.error("unspecified digits (X) are only supported in 4-digit years, not after a Y prefix");
        }
        if (mantissa.isEmpty()) {
            throw c.error("expected digits after the Y prefix but found " + c.describeNext());
        }
        int digitCount = mantissa.length();
        // Past 19 significant digits a year is out of range whatever follows; reading them as a number
        // would cost time growing with the square of their count.
        int leadingZeros = 0;
        while (leadingZeros < mantissa.length() - 1 && mantissa.charAt(leadingZeros) == '0') {
            leadingZeros++;
        }
        if (mantissa.length() - leadingZeros > MAX_DIGITS) {
            throw outOfRange(c, at);
        }
        BigInteger magnitude = new BigInteger(mantissa.substring(leadingZeros));
        if (c.peek('E')) {
            c.next();
            String exponent = c.run(DIGITS);
            if (exponent.isEmpty()) {
                throw c.error("expected exponent digits after 'E' but found " + c.describeNext());
            }
            // Any exponent above 9 overflows the supported range unless the mantissa is zero.
            int power = exponent.length() > 2 ? 99 : Integer.parseInt(exponent);
            if (power > 9 && magnitude.signum() != 0) {
                throw outOfRange(c, at);
            }
            magnitude = magnitude.multiply(BigInteger.TEN.pow(power));
            digitCount += power;
        } else if (digitCount <= 4) {
            throw c.error("a Y-prefixed year needs more than 4 digits: write "
                    + (negative ? "-" : "") + "0".repeat(4 - digitCount) + mantissa + " without the Y", at);
        }
        if (magnitude.compareTo(BigInteger.valueOf(LIMIT)) > 0) {
            throw outOfRange(c, at);
        }
        if (negative && magnitude.signum() == 0) {
            throw c.error("year " + c.since(at) + " is not valid: a zero year has no sign", at);
        }
        if (c.peek('S')) {
            return significant(c, magnitude, negative, digitCount, at);
        }
        long year = negative ? -magnitude.longValueExact() : magnitude.longValueExact();
        return new YearField(year, year, null, negative, Precision.YEAR, "a Y-prefixed year");
    }

    /** "S3" keeps the first 3 digits of the year: the date is some year sharing them. */
    private static YearField significant(Cursor c, BigInteger magnitude, boolean negative, int digitCount, int at)
            throws EdtfException {
        c.next();
        String written = c.run(DIGITS);
        if (written.isEmpty()) {
            throw c.error("expected the number of significant digits after 'S' but found " + c.describeNext());
        }
        int significant = written.length() > 2 ? Integer.MAX_VALUE : Integer.parseInt(written);
        if (significant < 1 || significant > digitCount) {
            throw c.error("significant digits S" + written + " are out of range: expected 1–" + digitCount
                    + " for a year of " + digitCount + " digits", at);
        }
        int insignificant = digitCount - significant;
        BigInteger unit = BigInteger.TEN.pow(insignificant);
        BigInteger low = magnitude.divide(unit).multiply(unit);
        BigInteger high = low.add(unit).subtract(BigInteger.ONE);
        if (high.compareTo(BigInteger.valueOf(LIMIT)) > 0) {
            throw c.error("years " + low + "–" + high + " (" + c.since(at)
                    + ") are outside the supported range ±200,000,000", at);
        }
        Precision precision = switch (insignificant) {
            case 0 -> Precision.YEAR;
            case 1 -> Precision.DECADE;
            case 2 -> Precision.CENTURY;
            default -> Precision.MILLENNIUM;
        };
        String why = "a year with significant digits (S)";
        return negative
                ? new YearField(-high.longValueExact(), -low.longValueExact(), null, true, precision, why)
                : new YearField(low.longValueExact(), high.longValueExact(), null, false, precision, why);
    }

    private static EdtfException outOfRange(Cursor c, int at) {
        return c.error("year " + c.since(at) + " is outside the supported range ±200,000,000", at);
    }
}
