package org.entente.filter;

import org.entente.codes.CountryNames;
import org.entente.query.TimeWindow;
import org.entente.time.DayFormat;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.entente.time.When;

/**
 * The filter's values in words: countries by their English names, and dates shown as days and typed as
 * EDTF ("2019", "2019-05", "2019-05-03").
 */
final class FilterText {
    private FilterText() {
    }

    /** "China" for "CHN"; a code no table names stays as it is, so that it still reads as something. */
    static String country(String code) {
        return CountryNames.english().getOrDefault(code, code);
    }

    static String range(TimeWindow range) {
        if (range.start() <= -TimeWindow.LIMIT) {
            return "up to " + to(range);
        }
        if (range.end() >= TimeWindow.LIMIT) {
            return "from " + from(range);
        }
        return from(range) + " to " + to(range);
    }

    /** The first day of a range as it is typed; blank for no range or no limit on that side. */
    static String from(TimeWindow range) {
        return range == null || range.start() <= -TimeWindow.LIMIT ? "" : DayFormat.iso(range.start());
    }

    /** The last day of a range as it is typed; blank for no range or no limit on that side. */
    static String to(TimeWindow range) {
        return range == null || range.end() >= TimeWindow.LIMIT ? "" : DayFormat.iso(range.end() - 1);
    }

    /**
     * The range from the start of one typed date to the end of another, either may be blank for no limit
     * on that side; null when both are blank.
     * @throws EdtfException when a date cannot be read, or the range ends before it starts
     */
    static TimeWindow parse(String from, String to) throws EdtfException {
        boolean noFrom = from == null || from.isBlank();
        boolean noTo = to == null || to.isBlank();
        if (noFrom && noTo) {
            return null;
        }
        long start = noFrom ? -TimeWindow.LIMIT : date(from).start();
        long end = noTo ? TimeWindow.LIMIT : date(to).end();
        if (end <= start) {
            throw new EdtfException("the range ends before it starts", 0);
        }
        return new TimeWindow(start, end);
    }

    private static When date(String text) throws EdtfException {
        return Edtf.parse(text.strip());
    }
}
