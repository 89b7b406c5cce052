package org.entente.detail;

import java.util.Locale;
import org.entente.time.DayFormat;
import org.entente.time.When;
import org.entente.time.WhenFormat;

/** The pane's wording for dates, instants and counts. */
final class DetailText {
    private DetailText() {
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

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
