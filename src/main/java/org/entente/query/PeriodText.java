package org.entente.query;

import org.entente.time.DayFormat;
import org.entente.time.Edtf;
import org.entente.time.EdtfDate;
import org.entente.time.EdtfException;

/**
 * A period typed as two dates, from and to, each as precise as the user likes: "2019" to "2020" runs from
 * the first day of 2019 to the last of 2020. What cannot be a period is refused with a sentence that
 * says what to write instead.
 */
public final class PeriodText {
    private PeriodText() {
    }

    /** How a period is typed back: its first and its last day. */
    public static String[] of(TimeWindow period) {
        return new String[] {DayFormat.iso(period.start()), DayFormat.iso(period.end() - 1)};
    }

    /**
     * The period from the start of {@code from} to the end of {@code to}.
     *
     * @param name what the period is called in an error, such as "Period A"
     * @throws IllegalArgumentException with a sentence for the user when the dates cannot make a period
     */
    public static TimeWindow parse(String name, String from, String to) {
        long start = date(name, "start", from).start();
        long end = date(name, "end", to).end();
        if (end <= start) {
            throw new IllegalArgumentException(name + " ends before it starts.");
        }
        return new TimeWindow(Math.max(-TimeWindow.LIMIT, start), Math.min(TimeWindow.LIMIT, end));
    }

    private static EdtfDate date(String name, String which, String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            throw new IllegalArgumentException(name + " needs a date to " + which + ".");
        }
        try {
            return Edtf.parseDate(typed);
        } catch (EdtfException e) {
            throw new IllegalArgumentException(name + ": \u201C" + typed + "\u201D is not a date. Write a year, a month "
                    + "or a day, as 2019, 2019-03 or 2019-03-15.", e);
        }
    }
}
