package org.entente.time;

/** Reads "THH:MM[:SS[.fff]][Z|±HH[:MM]]"; a time without a zone is taken as UTC. */
final class TimeParser {
    private static final int MAX_OFFSET_MINUTES = 14 * 60;

    /** @param startOfSpan milliseconds into the UTC day, already shifted by the zone offset */
    record Time(long startOfSpan, long length, Precision precision) {
    }

    private TimeParser() {
    }

    static Time parse(Cursor c) throws EdtfException {
        c.next();
        int hour = number(c, "hour", 23);
        if (!c.peek(':')) {
            throw c.error("expected ':' and minutes after the hour (THH:MM) but found " + c.describeNext());
        }
        c.next();
        long millis = hour * 3_600_000L + number(c, "minute", 59) * 60_000L;
        Precision precision = Precision.MINUTE;
        if (c.peek(':')) {
            c.next();
            millis += number(c, "second", 59) * 1_000L;
            precision = Precision.SECOND;
            if (c.peek('.')) {
                c.next();
                String fraction = c.run("0123456789");
                if (fraction.isEmpty()) {
                    throw c.error("expected digits after the decimal point but found " + c.describeNext());
                }
                // Finer digits than milliseconds fall inside the one-millisecond span.
                millis += Integer.parseInt((fraction + "00").substring(0, 3));
                precision = Precision.MILLISECOND;
            }
        }
        millis -= offsetMinutes(c) * 60_000L;
        long length = switch (precision) {
            case MINUTE -> 60_000L;
            case SECOND -> 1_000L;
            default -> 1L;
        };
        return new Time(millis, length, precision);
    }

    private static int offsetMinutes(Cursor c) throws EdtfException {
        if (c.peek('Z')) {
            c.next();
            return 0;
        }
        if (!c.peek('+') && !c.peek('-')) {
            return 0;
        }
        int at = c.pos();
        int sign = c.next() == '-' ? -1 : 1;
        int hours = number(c, "zone offset hour", 99);
        int minutes = 0;
        if (c.peek(':')) {
            c.next();
            minutes = number(c, "zone offset minute", 59);
        }
        if (hours * 60 + minutes > MAX_OFFSET_MINUTES) {
            throw c.error("zone offset " + c.since(at) + " is out of range: expected -14:00 to +14:00", at);
        }
        return sign * (hours * 60 + minutes);
    }

    private static int number(Cursor c, String name, int max) throws EdtfException {
        int at = c.pos();
        String digits = c.run("0123456789");
        if (digits.isEmpty()) {
            throw c.error("expected a 2-digit " + name + " but found " + c.describeNext());
        }
        if (digits.length() != 2) {
            throw c.error(name + " '" + digits + "' must have 2 digits", at);
        }
        int value = Integer.parseInt(digits);
        if (value > max) {
            throw c.error(name + " " + digits + " is out of range: expected 00–" + max, at);
        }
        return value;
    }
}
