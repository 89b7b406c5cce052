package org.entente.detail;

import java.util.Locale;
import org.entente.model.Reliability;
import org.entente.time.DayFormat;
import org.entente.time.When;
import org.entente.time.WhenFormat;

/** The pane's wording for grades, instants and tone. */
final class DetailText {
    private static final String[] CREDIBILITY = {"", "confirmed", "probably true", "possibly true", "doubtful",
        "improbable", "truth cannot be judged"};

    private DetailText() {
    }

    static String credibility(int grade) {
        return grade >= 1 && grade <= 6 ? grade + " \u2013 " + CREDIBILITY[grade] : "not graded";
    }

    static String reliability(Reliability reliability) {
        return reliability == null ? "not graded" : reliability.name() + " \u2013 " + reliability.meaning();
    }

    /** The date as written, shown honestly, then the instants it resolves to and how precise it is. */
    static String resolved(When when) {
        String qualifiers = (when.isUncertain() ? ", uncertain" : "") + (when.isApproximate() ? ", approximate" : "");
        long last = when.end() == Long.MAX_VALUE ? when.end() : when.end() - 1;
        return "from " + instant(when.start()) + " to " + instant(last) + " UTC ("
                + when.precision().name().toLowerCase(Locale.ROOT) + " precision" + qualifiers + ")";
    }

    static String date(When when) {
        return WhenFormat.format(when);
    }

    static String instant(long millis) {
        if (millis == Long.MIN_VALUE) {
            return "an open start";
        }
        return millis == Long.MAX_VALUE ? "an open end" : DayFormat.dayAndTime(millis);
    }

    static String tone(double tone) {
        if (Double.isNaN(tone)) {
            return "not given";
        }
        String word = tone <= -2 ? "conflictual" : tone >= 2 ? "cooperative" : "neutral";
        return String.format(Locale.ROOT, "%+.1f (%s, on a scale from \u221210 to +10)", tone, word);
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
