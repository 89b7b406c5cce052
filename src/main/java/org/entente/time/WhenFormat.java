package org.entente.time;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Human-readable, honest text for users: never finer than the precision the date was written with.
 * Times are shown in UTC because the written zone is folded into the instants. Years use historical
 * numbering: astronomical year y &lt;= 0 is shown as (1 - y) BCE.
 */
public final class WhenFormat {
    private static final String[] MONTHS =
            {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final long MILLIS_PER_DAY = 86_400_000L;
    private static final String DASH = "–";
    private static final String SPACED_DASH = " – ";
    private static final String BETWEEN = "between ";

    private WhenFormat() {
    }

    public static String format(When w) {
        if (!w.interval()) {
            return format(w.from());
        }
        EdtfDate from = w.from();
        EdtfDate to = w.to();
        if (from == null) {
            return "until " + format(to) + (w.openStart() ? "" : " (start unknown)");
        }
        if (to == null) {
            return w.openEnd() ? "since " + format(from) : "from " + format(from) + " (end unknown)";
        }
        if (plain(from) && plain(to) && from.precision() == to.precision()) {
            return span(from.precision(), from.start(), to.end());
        }
        return format(from) + SPACED_DASH + format(to);
    }

    public static String format(EdtfDate d) {
        String text = d.text().startsWith("[") ? between(d) : span(d.precision(), d.start(), d.end());
        // "between" already says that the date is not known exactly.
        if (d.uncertain() && !text.startsWith(BETWEEN)) {
            text += "?";
        }
        return d.approximate() ? "c. " + text : text;
    }

    private static boolean plain(EdtfDate d) {
        return !d.uncertain() && !d.approximate() && !d.text().startsWith("[") && !d.text().startsWith("{");
    }

    private static String between(EdtfDate d) {
        String first = span(d.precision(), d.start(), d.start() + 1);
        String last = span(d.precision(), d.end() - 1, d.end());
        return first.equals(last) ? first : BETWEEN + first + " and " + last;
    }

    /** The instants [start, end) at the given precision, as one label or a compact range. */
    private static String span(Precision precision, long start, long end) {
        long last = end - 1;
        LocalDate a = date(start);
        LocalDate b = date(last);
        return switch (precision) {
            case MILLENNIUM -> named(a.getYear(), b.getYear(), 1000, " millennium");
            case CENTURY -> named(a.getYear(), b.getYear(), 100, " century");
            case DECADE -> named(a.getYear(), b.getYear(), 10, "s");
            case YEAR -> years(a.getYear(), b.getYear());
            case SEASON, MONTH -> months(a, b);
            case DAY -> days(a, b);
            case HOUR, MINUTE, SECOND, MILLISECOND -> {
                String first = time(precision, start);
                String second = time(precision, last);
                yield first.equals(second) ? first : first + SPACED_DASH + second;
            }
        };
    }

    /** "1970s", "20th century": the unit that starts at a multiple of its size (19XX = 1900–1999). */
    private static String named(long first, long last, int size, String unit) {
        long index = Math.floorDiv(first, size);
        if (first < 1 || index != Math.floorDiv(last, size)) {
            return years(first, last);
        }
        return unit.equals("s") ? group(index * size) + unit : ordinal(index + 1) + unit;
    }

    private static String years(long first, long last) {
        if (first == last) {
            return year(first);
        }
        if (first >= 1) {
            return group(first) + DASH + group(last);
        }
        if (last <= 0) {
            return group(1 - first) + DASH + group(1 - last) + " BCE";
        }
        return year(first) + SPACED_DASH + group(last) + " CE";
    }

    private static String months(LocalDate a, LocalDate b) {
        if (a.getYear() != b.getYear()) {
            return month(a) + SPACED_DASH + month(b);
        }
        if (a.getMonth() == b.getMonth()) {
            return month(a);
        }
        return monthName(a) + DASH + monthName(b) + " " + year(a.getYear());
    }

    private static String days(LocalDate a, LocalDate b) {
        if (a.equals(b)) {
            return day(a);
        }
        if (a.getYear() != b.getYear()) {
            return day(a) + SPACED_DASH + day(b);
        }
        if (a.getMonth() != b.getMonth()) {
            return a.getDayOfMonth() + " " + monthName(a) + SPACED_DASH + day(b);
        }
        return a.getDayOfMonth() + DASH + b.getDayOfMonth() + " " + month(a);
    }

    private static String time(Precision precision, long instant) {
        long ms = Math.floorMod(instant, MILLIS_PER_DAY);
        String text = String.format(Locale.ROOT, "%02d:%02d", ms / 3_600_000, ms / 60_000 % 60);
        if (precision == Precision.SECOND || precision == Precision.MILLISECOND) {
            text += String.format(Locale.ROOT, ":%02d", ms / 1_000 % 60);
        }
        if (precision == Precision.MILLISECOND) {
            text += String.format(Locale.ROOT, ".%03d", ms % 1_000);
        }
        return day(date(instant)) + " " + text + " UTC";
    }

    private static String day(LocalDate d) {
        return d.getDayOfMonth() + " " + month(d);
    }

    private static String month(LocalDate d) {
        return monthName(d) + " " + year(d.getYear());
    }

    private static String monthName(LocalDate d) {
        return MONTHS[d.getMonthValue() - 1];
    }

    private static String year(long astronomical) {
        return astronomical >= 1 ? group(astronomical) : group(1 - astronomical) + " BCE";
    }

    /** Digit grouping only for long years, so that "2025" stays "2025". */
    private static String group(long n) {
        return n >= 10_000 ? String.format(Locale.ENGLISH, "%,d", n) : Long.toString(n);
    }

    private static String ordinal(long n) {
        long lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return group(n) + suffix;
    }

    private static LocalDate date(long instant) {
        return LocalDate.ofEpochDay(Math.floorDiv(instant, MILLIS_PER_DAY));
    }
}
