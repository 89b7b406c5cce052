package org.entente.generate;

import java.util.SplittableRandom;

/**
 * Headlines, summaries and quotes of realistic length, written from templates that name the participants.
 * Headlines fall back to short names (surnames, acronyms) when full names make them too long, as real
 * headlines do.
 */
final class Prose {
    static final int TITLE_MAX = 90;
    static final int SUMMARY_MAX = 300;
    static final int QUOTE_MIN = 60;
    static final int QUOTE_MAX = 160;

    private static final String[] WARM = {
        "Both sides described the talks as constructive and agreed to stay in close contact on {topic}.",
        "Officials on both sides called the outcome a step forward and promised follow-up meetings within months."};
    private static final String[] COLD = {
        "The move drew sharp criticism and raised concerns across the region about {topic}.",
        "Analysts warned that the dispute over {topic} could escalate further in the coming weeks."};
    private static final String[] NEUTRAL = {
        "Officials gave few details, and observers said the outcome for {topic} remained unclear.",
        "No joint statement was issued, and no further contacts on {topic} were announced."};
    /** The bare report is the most common form, as wire copy quotes it. */
    private static final String[] QUOTES = {
        "{r}.",
        "{r}.",
        "{r}, officials said.",
        "{r} on {date}, according to a government statement.",
        "{r}, state media reported."};
    private static final String[] SOURCE_TITLES = {
        "{Topic} talks stall as regional tensions rise", "Analysis: what next for {topic}",
        "Leaders gather for talks on {topic}", "Briefing: {topic} in {year}", "Inside the diplomacy of {topic}",
        "Weekly digest: {topic} and the region", "Ministers trade accusations over {topic}"};

    private final SplittableRandom rng;

    Prose(SplittableRandom rng) {
        this.rng = rng;
    }

    /** A headline: full names if it fits, short names otherwise, padded with the place when it is terse. */
    String title(EventKind kind, GeneratedActor a, GeneratedActor b, Topic topic, String place) {
        String template = b == null ? kind.soloHeadline() : kind.headline();
        String title = fill(template, a.name(), b == null ? null : b.name(), topic.name(), place);
        if (title.length() > TITLE_MAX) {
            title = fill(template, a.shortName(), b == null ? null : b.shortName(), topic.name(), place);
        }
        if (title.length() < 40 && !template.contains("{place}")) {
            title += " in " + place;
        }
        return title;
    }

    /** What happened, when, and how it was received (by tone), in one or two sentences. */
    String summary(EventKind kind, GeneratedActor a, GeneratedActor b, Topic topic, String place, long epochDay,
                   double tone) {
        String what = capitalize(report(kind, a, b, topic, place, false)) + " on " + DateText.prose(epochDay) + ".";
        String[] reception = tone >= 3 ? WARM : tone <= -3 ? COLD : NEUTRAL;
        String both = what + " " + reception[rng.nextInt(reception.length)].replace("{topic}", topic.name());
        return both.length() <= SUMMARY_MAX ? both : what;
    }

    /** One sentence a source could have printed, naming the participants. */
    String quote(EventKind kind, GeneratedActor a, GeneratedActor b, Topic topic, String place, long epochDay) {
        String template = QUOTES[rng.nextInt(QUOTES.length)];
        String quote = quoteWith(template, report(kind, a, b, topic, place, false), place, epochDay);
        if (quote.length() > QUOTE_MAX) {
            quote = quoteWith(template, report(kind, a, b, topic, place, true), place, epochDay);
        }
        if (quote.length() > QUOTE_MAX) {
            quote = capitalize(report(kind, a, b, topic, place, true)) + ".";
        }
        return quote.length() >= QUOTE_MIN ? quote : quote.substring(0, quote.length() - 1) + ", officials said on "
                + DateText.prose(epochDay) + ".";
    }

    String relationSummary(RelationKind kind, GeneratedActor a, GeneratedActor b, Topic topic, int year) {
        return fill(kind.summary(), a.name(), b.name(), topic.name(), "").replace("{year}", Integer.toString(year));
    }

    String relationQuote(RelationKind kind, GeneratedActor a, GeneratedActor b, Topic topic, int year) {
        String quote = "Officials confirmed that " + relationSummary(kind, a, b, topic, year);
        if (quote.length() > QUOTE_MAX) {
            quote = "Officials confirmed that " + fill(kind.summary(), a.shortName(), b.shortName(), topic.name(), "")
                    .replace("{year}", Integer.toString(year));
        }
        return quote;
    }

    String sourceTitle(Topic topic, int year) {
        return SOURCE_TITLES[rng.nextInt(SOURCE_TITLES.length)].replace("{Topic}", capitalize(topic.name()))
                .replace("{topic}", topic.name()).replace("{year}", Integer.toString(year));
    }

    private String quoteWith(String template, String report, String place, long epochDay) {
        String quote = template.replace("{place}", place).replace("{date}", DateText.prose(epochDay))
                .replace("{r}", report);
        return capitalize(quote);
    }

    private static String report(EventKind kind, GeneratedActor a, GeneratedActor b, Topic topic, String place,
                                 boolean shortNames) {
        String template = b == null ? kind.soloReport() : kind.report();
        return fill(template, shortNames ? a.shortName() : a.name(),
                b == null ? null : shortNames ? b.shortName() : b.name(), topic.name(), place);
    }

    private static String fill(String template, String a, String b, String topic, String place) {
        String text = template.replace("{a}", a).replace("{topic}", topic).replace("{place}", place);
        return b == null ? text : text.replace("{b}", b);
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
