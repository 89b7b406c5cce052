package org.entente.timeline;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.entente.timescale.StackContents;

/** The line above a stack's list: how many events, and the day, or the days, they fall on. */
final class StackHeading {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private StackHeading() {
    }

    static String of(StackContents contents) {
        String first = DAY.format(Instant.ofEpochMilli(contents.from()));
        String last = DAY.format(Instant.ofEpochMilli(Math.max(contents.from(), contents.to() - 1)));
        String count = String.format(Locale.ROOT, "%,d event%s", contents.events().length,
                contents.events().length == 1 ? "" : "s");
        return first.equals(last) ? count + " on " + first : count + " from " + first + " to " + last;
    }
}
