package org.entente.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.model.Location;
import org.entente.model.Reliability;
import org.entente.model.Source;
import org.entente.time.WhenFormat;

/**
 * How a claim and its source read in words, the same in the detail pane and in a briefing: the grades
 * (the source's reliability, the claim's credibility), the source, the tone and the place.
 */
public final class ClaimText {
    private static final String[] CREDIBILITY = {"", "confirmed", "probably true", "possibly true", "doubtful",
        "improbable", "truth cannot be judged"};

    private ClaimText() {
    }

    public static String credibility(int grade) {
        return grade >= 1 && grade <= 6 ? grade + " \u2013 " + CREDIBILITY[grade] : "not graded";
    }

    public static String reliability(Reliability reliability) {
        return reliability == null ? "not graded" : reliability.name() + " \u2013 " + reliability.meaning();
    }

    public static String tone(double tone) {
        if (Double.isNaN(tone)) {
            return "not given";
        }
        String word = tone <= -2 ? "conflictual" : tone >= 2 ? "cooperative" : "neutral";
        return String.format(Locale.ROOT, "%+.1f (%s, on a scale from \u221210 to +10)", tone, word);
    }

    /**
     * A source as one line: its title (its id where it has none), publisher and date, those it has. A publisher
     * the title already starts with is not said twice: ICEWS titles its stories "Reuters News, story 47400374".
     */
    public static String source(Source source) {
        return source(source, true);
    }

    /**
     * A source as one line, with its publisher or without it (where a list says once the publisher every
     * source shares).
     */
    public static String source(Source source, boolean withPublisher) {
        List<String> parts = new ArrayList<>();
        String title = source.title() == null ? source.id() : source.title();
        parts.add(title);
        if (withPublisher && source.publisher() != null && !title.startsWith(source.publisher())) {
            parts.add(source.publisher());
        }
        if (source.published() != null) {
            parts.add(WhenFormat.format(source.published()));
        }
        return String.join(" \u00B7 ", parts);
    }

    /** The place's name, country and coordinates, those it has; null for no place. */
    public static String place(Location location) {
        if (location == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (location.name() != null) {
            parts.add(location.name());
        }
        if (location.country() != null) {
            parts.add(location.country());
        }
        if (!Double.isNaN(location.lat()) && !Double.isNaN(location.lon())) {
            parts.add(String.format(Locale.ROOT, "%.4f, %.4f", location.lat(), location.lon()));
        }
        return String.join(" \u00B7 ", parts);
    }
}
