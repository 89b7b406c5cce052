package org.entente.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.io.LoadResult;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Participant;
import org.entente.time.Precision;
import org.entente.time.When;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated dataset must load cleanly and have the statistical shape of real event data. */
class GeneratedDatasetShapeTest {
    private static final int EVENTS = 20_000;
    private static final int ACTORS = 500;
    private static final double MILLIS_PER_YEAR = 365.2425 * 86_400_000;

    @TempDir
    static Path dir;
    static LoadResult result;
    static Dataset dataset;

    @BeforeAll
    static void generateAndLoad() throws IOException {
        Path file = dir.resolve("generated.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            new DatasetGenerator().write(new GeneratorOptions(EVENTS, ACTORS, 20_251_009L), out);
        }
        result = new DatasetLoader(LoadMode.STRICT).load(file);
        dataset = result.dataset().orElse(null);
    }

    @Test
    void loadsStrictlyWithoutASingleProblem() {
        assertEquals(0, result.errorCount(), () -> result.problems().toString());
        assertEquals(0, result.warningCount(), () -> result.problems().toString());
        assertTrue(result.problems().isEmpty(), () -> result.problems().toString());
        assertEquals(EVENTS, dataset.events().size());
        assertEquals(ACTORS, dataset.actors().size());
        GeneratorOptions options = new GeneratorOptions(EVENTS, ACTORS, 0);
        assertEquals(options.relations(), dataset.relations().size());
        assertEquals(options.sources(), dataset.sources().size());
    }

    @Test
    void eventsHaveOneToSixParticipantsAndMostHaveTwo() {
        int[] bySize = new int[8];
        for (Event e : dataset.events()) {
            int n = e.participants().size();
            assertTrue(n >= 1 && n <= 6, () -> e.id() + " has " + n + " participants");
            assertEquals(n, e.participants().stream().map(Participant::actor).distinct().count(), e.id());
            bySize[n]++;
        }
        for (int n = 1; n <= 6; n++) {
            if (n != 2) {
                assertTrue(bySize[2] > bySize[n], () -> "not mostly two participants: " + Arrays.toString(bySize));
            }
        }
    }

    @Test
    void aboutThirtyPercentOfEventsAreRanged() {
        double ranged = share(e -> e.when().interval());
        assertTrue(ranged >= 0.25 && ranged <= 0.35, "ranged share " + ranged);
    }

    @Test
    void aFewPercentOfEventsAreImpreciseOrUncertain() {
        double imprecise = share(e -> {
            When w = e.when();
            return w.precision().compareTo(Precision.DAY) < 0 || w.isUncertain() || w.isApproximate();
        });
        assertTrue(imprecise >= 0.03 && imprecise <= 0.08, "imprecise share " + imprecise);
    }

    @Test
    void theMostActiveOnePercentOfActorsTakeAFifthOfAllParticipations() {
        Map<String, Integer> participations = new HashMap<>();
        int total = 0;
        for (Event e : dataset.events()) {
            for (Participant p : e.participants()) {
                participations.merge(p.actor(), 1, Integer::sum);
                total++;
            }
        }
        int top = Math.max(1, ACTORS / 100);
        int topCount = participations.values().stream().sorted((a, b) -> b - a).limit(top).mapToInt(Integer::intValue).sum();
        double share = (double) topCount / total;
        assertTrue(share >= 0.20, "the top " + top + " actors take only " + share);
    }

    @Test
    void eventsSpanAboutThirtyYears() {
        long earliest = Long.MAX_VALUE;
        long latest = Long.MIN_VALUE;
        for (Event e : dataset.events()) {
            if (e.when().start() != Long.MIN_VALUE) {
                earliest = Math.min(earliest, e.when().start());
            }
            if (e.when().end() != Long.MAX_VALUE) {
                latest = Math.max(latest, e.when().end());
            }
        }
        double years = (latest - earliest) / MILLIS_PER_YEAR;
        assertTrue(years >= 25 && years <= 32, "time extent of " + years + " years");
    }

    /** Real event data is bursty: monthly counts vary far more than a steady (Poisson) rate would make them. */
    @Test
    void monthlyCountsAreBursty() {
        YearMonth first = month(dataset.events().get(0).when().start());
        YearMonth last = first;
        for (Event e : dataset.events()) {
            YearMonth m = month(e.when().start());
            last = m.isAfter(last) ? m : last;
            first = m.isBefore(first) ? m : first;
        }
        int[] counts = new int[(int) first.until(last, ChronoUnit.MONTHS) + 1];
        for (Event e : dataset.events()) {
            counts[(int) first.until(month(e.when().start()), ChronoUnit.MONTHS)]++;
        }
        double mean = Arrays.stream(counts).average().orElseThrow();
        double variance = Arrays.stream(counts).mapToDouble(c -> (c - mean) * (c - mean)).sum() / counts.length;
        double cv = Math.sqrt(variance) / mean;
        assertTrue(cv >= 0.5, "coefficient of variation of monthly counts " + cv);
    }

    private static YearMonth month(long epochMilli) {
        return YearMonth.from(Instant.ofEpochMilli(epochMilli).atZone(ZoneOffset.UTC));
    }

    private static double share(java.util.function.Predicate<Event> test) {
        return (double) dataset.events().stream().filter(test).count() / dataset.events().size();
    }
}
