package org.entente.convert;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.entente.time.When;

/**
 * ACLED's event dates and what its time precision says about them. The current export writes
 * {@code 28 December 2022}; older exports wrote {@code 28-December-2022} or {@code 28-12-2022}, and the API
 * {@code 2022-12-28}. The precision code says how much of the date is known:
 * <ol>
 * <li>the day;</li>
 * <li>only the week (or weekend): the coded day lies in it, and ACLED does not say where, so the event's
 *     {@code when} is the interval of every day that shares a week with it, six days either side;</li>
 * <li>only the month: {@code when} is the month.</li>
 * </ol>
 */
final class AcledDate {
    private static final Pattern NAMED_MONTH = Pattern.compile("(\\d{1,2})[ -]([A-Za-z]{3,9})[ -](\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[-/](\\d{1,2})[-/](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Map<String, Integer> MONTHS = months();
    /** Days either side of a day coded for its week that may share that week with it. */
    private static final int WEEK_SPREAD = 6;

    private AcledDate() {
    }

    private static Map<String, Integer> months() {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        Map<String, Integer> months = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            months.put(names[i], i + 1);
            months.put(names[i].substring(0, 3), i + 1);
        }
        return Map.copyOf(months);
    }

    /** The day written, or null when the text is not a real day in one of ACLED's forms. */
    static LocalDate parse(String text) {
        try {
            Matcher m = NAMED_MONTH.matcher(text);
            if (m.matches()) {
                Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
                return month == null ? null : day(m.group(3), month, m.group(1));
            }
            m = DAY_MONTH_YEAR.matcher(text);
            if (m.matches()) {
                return day(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
            }
            m = ISO.matcher(text);
            if (m.matches()) {
                return day(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static LocalDate day(String year, int month, String day) {
        return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
    }

    /**
     * The event's {@code when}: as much of the coded day as its precision (1, 2 or 3) says is known; null in
     * the one case EDTF cannot write it (a week reaching back before year 0).
     */
    static When when(LocalDate day, int precision) {
        String text = switch (precision) {
            case 1 -> day.toString();
            case 2 -> day.minusDays(WEEK_SPREAD) + "/" + day.plusDays(WEEK_SPREAD);
            default -> day.toString().substring(0, 7);
        };
        try {
            return Edtf.parse(text);
        } catch (EdtfException e) {
            return null;
        }
    }
}
