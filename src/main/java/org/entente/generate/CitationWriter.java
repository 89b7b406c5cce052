package org.entente.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/** Writes a list of citations of distinct sources, some with an Admiralty credibility grade. */
final class CitationWriter {
    /** Credibility 1 (confirmed) to 6 (cannot be judged): most reported information is probably or possibly true. */
    private static final WeightedChoice CREDIBILITY = new WeightedChoice(15, 35, 30, 12, 5, 3);
    private static final int CREDIBILITY_PERCENT = 35;

    private final int sources;
    private final SplittableRandom rng;
    private final int[] chosen = new int[3];

    CitationWriter(int sources, SplittableRandom rng) {
        this.sources = sources;
        this.rng = rng;
    }

    void write(JsonGenerator g, int count, Supplier<String> quote) throws IOException {
        g.writeArrayFieldStart("citations");
        for (int i = 0; i < count; i++) {
            chosen[i] = distinctSource(i);
            g.writeStartObject();
            g.writeStringField("source", SourceWriter.id(chosen[i]));
            g.writeStringField("quote", quote.get());
            if (rng.nextInt(100) < CREDIBILITY_PERCENT) {
                g.writeNumberField("credibility", CREDIBILITY.pick(rng) + 1);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private int distinctSource(int taken) {
        while (true) {
            int candidate = rng.nextInt(sources);
            boolean fresh = true;
            for (int i = 0; i < taken; i++) {
                fresh &= chosen[i] != candidate;
            }
            if (fresh) {
                return candidate;
            }
        }
    }
}
