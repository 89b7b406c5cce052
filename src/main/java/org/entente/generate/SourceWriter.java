package org.entente.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/** Writes the sources: fictional outlets on example domains, with reliability skewed towards B and C. */
final class SourceWriter {
    private record Publisher(String name, String host) {
    }

    private static final Publisher[] PUBLISHERS = {
        new Publisher("Meridian Wire", "wire.example.org"),
        new Publisher("The Continental Ledger", "ledger.example.com"),
        new Publisher("Northgate Press Agency", "npa.example.net"),
        new Publisher("Global Affairs Daily", "news.example.org"),
        new Publisher("Harbour Times", "harbourtimes.example.com"),
        new Publisher("Foreign Ministry Bulletin", "mfa.example.org"),
        new Publisher("Strait Observer", "observer.example.net"),
        new Publisher("Atlas Policy Review", "review.example.org"),
        new Publisher("Eastern Monitor", "monitor.example.com"),
        new Publisher("Radio Vostra International", "radio.example.net")};
    /** Admiralty reliability A (completely reliable) to F (cannot be judged). */
    private static final WeightedChoice RELIABILITY = new WeightedChoice(5, 35, 33, 12, 5, 10);
    private static final String RELIABILITY_LETTERS = "ABCDEF";

    private final SplittableRandom rng;
    private final Prose prose;

    SourceWriter(SplittableRandom rng) {
        this.rng = rng;
        this.prose = new Prose(rng);
    }

    static String id(int index) {
        return "src-" + (index + 1);
    }

    void write(JsonGenerator g, int index) throws IOException {
        Publisher publisher = PUBLISHERS[rng.nextInt(PUBLISHERS.length)];
        long first = Timeline.FIRST_DAY.toEpochDay();
        LocalDate published = LocalDate.ofEpochDay(first + rng.nextLong(Timeline.END_DAY.toEpochDay() - first));
        Topic topic = Vocabulary.TOPICS.get(rng.nextInt(Vocabulary.TOPICS.size()));
        String title = prose.sourceTitle(topic, published.getYear());
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        g.writeStartObject();
        g.writeStringField("id", id(index));
        g.writeStringField("title", title);
        g.writeStringField("publisher", publisher.name());
        // Some outlets date their pages only to the month.
        g.writeStringField("published", rng.nextInt(10) == 0 ? published.toString().substring(0, 7) : published.toString());
        g.writeStringField("url", "https://" + publisher.host() + "/" + published.getYear() + "/"
                + published.toString().substring(5, 7) + "/" + slug + "-" + (index + 1));
        g.writeStringField("reliability", String.valueOf(RELIABILITY_LETTERS.charAt(RELIABILITY.pick(rng))));
        g.writeEndObject();
    }
}
