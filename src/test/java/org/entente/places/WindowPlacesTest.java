package org.entente.places;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Location;
import org.entente.model.Participant;
import org.entente.query.Filter;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The window's totals as it moves, against a fresh window at the same place and a count over every event. */
class WindowPlacesTest {
    private static final long DAY = 86_400_000L;
    private static final LocalDate ORIGIN = LocalDate.of(2000, 1, 1);
    private static final List<String> COUNTRIES = List.of("BRA", "CHN", "FRA", "PRK", "RUS", "USA");
    private static final List<String> ROLES = Arrays.asList("visitor", "host", "attendee", "author", "addressee",
            "subject", "Target", null);
    private static final double[][] HOTSPOTS = {{39.9042, 116.4074}, {39.0392, 125.7625}, {48.8566, 2.3522},
        {-15.7939, -47.8828}, {38.9072, -77.0369}};
    private static int seed;

    @Test
    void anEventPlacedOnlyAtACountryIsCountryLevelNeverAPoint() {
        List<Actor> actors = List.of(PlacesFixtures.state("fra", "FRA"), PlacesFixtures.state("deu", "DEU"));
        Dataset dataset = PlacesFixtures.dataset(actors, List.of(
                PlacesFixtures.event("somewhere-in-france", "2020-01-01", new Location("France", "FRA", Double.NaN,
                        Double.NaN), 1, new Participant("deu", "visitor"), new Participant("fra", "host"))));
        WindowPlaces window = PlacesFixtures.everything(dataset, Filter.NONE);
        int france = window.places().countries().of("FRA");
        assertFalse(window.places().hasPoint(0));
        assertEquals(1, window.countryEvents(france));
        assertEquals(1, window.countryLevelEvents(france));
        assertEquals(0, window.countryEvents(window.places().countries().of("DEU")), "the place, not the visitor");
        for (int level = 0; level < Cells.LEVELS; level++) {
            assertEquals(0, window.level(level).occupied());
        }
        assertEquals(List.of(0), toList(window.eventsAt(france, true, 10)));
        assertEquals(1, window.activeFlows(), "the visit still goes from Germany to France");
    }

    @RepeatedTest(8)
    void movingTheWindowKeepsWhatARebuildGives() {
        Random random = new Random(seed++);
        Dataset dataset = random(random, 400);
        Filter filter = random.nextBoolean() ? Filter.NONE : Filter.NONE.withTone(-5, 10);
        WindowPlaces moving = PlacesFixtures.window(dataset, filter);
        long from = day(random.nextInt(3650));
        long to = from + DAY * (1 + random.nextInt(400));
        for (int step = 0; step < 80; step++) {
            switch (random.nextInt(5)) {
                case 0 -> {
                    from = day(random.nextInt(3650));
                    to = from + DAY * (1 + random.nextInt(2000));
                }
                case 1 -> {
                    from -= DAY * random.nextInt(40);
                    to += DAY * random.nextInt(40);
                }
                case 2 -> {
                    long shift = DAY * (random.nextInt(61) - 30);
                    from += shift;
                    to += shift;
                }
                default -> {
                    from += DAY * random.nextInt(5);
                    to = Math.max(from + DAY, to + DAY * (random.nextInt(9) - 4));
                }
            }
            moving.moveTo(from, to);
            WindowPlaces fresh = PlacesFixtures.window(dataset, filter);
            fresh.moveTo(from, to);
            assertSameTotals(fresh, moving);
            assertCounts(dataset, moving, from, to);
        }
    }

    private static void assertSameTotals(WindowPlaces expected, WindowPlaces actual) {
        for (int c = 0; c < expected.places().countries().size(); c++) {
            assertEquals(expected.countryEvents(c), actual.countryEvents(c));
            assertEquals(expected.countryLevelEvents(c), actual.countryLevelEvents(c));
            assertEquals(expected.countryMeanTone(c), actual.countryMeanTone(c));
            for (int g = 0; g < expected.groups(); g++) {
                assertEquals(expected.countryEventsInGroup(c, g), actual.countryEventsInGroup(c, g));
            }
        }
        assertArrayEquals(activeFlows(expected), activeFlows(actual));
        for (int f = 0; f < expected.places().flowCount(); f++) {
            assertEquals(expected.flowEvents(f), actual.flowEvents(f));
            assertEquals(expected.flowMeanTone(f), actual.flowMeanTone(f));
        }
        // Finest first: the levels the last comparison left kept, which the moves updated, are compared
        // before asking for the others, which fills them afresh and lets the kept ones go.
        for (int level = Cells.LEVELS - 1; level >= 0; level--) {
            CellGrid want = expected.level(level);
            CellGrid got = actual.level(level);
            long[] keys = sorted(want.keys());
            assertArrayEquals(keys, sorted(got.keys()), "cells of level " + level);
            for (long key : keys) {
                int a = want.slot(key);
                int b = got.slot(key);
                Tallies x = want.tallies();
                Tallies y = got.tallies();
                assertEquals(x.count(a), y.count(b));
                assertArrayEquals(x.byGroup(a), y.byGroup(b));
                assertEquals(x.meanTone(a), y.meanTone(b));
                assertEquals(x.centroidX(a), y.centroidX(b));
                assertEquals(x.centroidY(a), y.centroidY(b));
                assertEquals(x.single(a), y.single(b));
            }
        }
    }

    /** Countries and finest cells counted over every event, as a check on the rebuild itself. */
    private static void assertCounts(Dataset dataset, WindowPlaces window, long from, long to) {
        EventPlaces places = window.places();
        int[] countries = new int[places.countries().size()];
        Map<Long, Integer> finest = new HashMap<>();
        int finestLevel = Cells.LEVELS - 1;
        for (int e = 0; e < dataset.events().size(); e++) {
            Event event = dataset.events().get(e);
            long start = event.when().start();
            if (!places.isShown(e) || start >= to || Math.max(event.when().end(), start) <= from) {
                continue;
            }
            for (int slot = places.countriesStart(e); slot < places.countriesEnd(e); slot++) {
                countries[places.countryAt(slot)]++;
            }
            if (places.hasPoint(e)) {
                finest.merge(Cells.key(Cells.columnAt(places.x(e), finestLevel), Cells.rowAt(places.y(e), finestLevel)),
                        1, Integer::sum);
            }
        }
        for (int c = 0; c < countries.length; c++) {
            assertEquals(countries[c], window.countryEvents(c), places.countries().code(c));
        }
        CellGrid grid = window.level(finestLevel);
        assertEquals(finest.size(), grid.occupied());
        finest.forEach((key, count) -> assertEquals(count, grid.tallies().count(grid.slot(key))));
    }

    private static Dataset random(Random random, int events) {
        List<Actor> actors = new ArrayList<>();
        for (int a = 0; a < 30; a++) {
            actors.add(PlacesFixtures.state("a" + a, random.nextInt(10) == 0 ? null
                    : COUNTRIES.get(random.nextInt(COUNTRIES.size()))));
        }
        List<Event> list = new ArrayList<>();
        for (int e = 0; e < events; e++) {
            LocalDate day = ORIGIN.plusDays(random.nextInt(3650));
            String when = switch (random.nextInt(8)) {
                case 0 -> day + "/" + day.plusDays(random.nextInt(200));
                case 1 -> day + "/..";
                case 2 -> Integer.toString(day.getYear());
                default -> day.toString();
            };
            Participant[] who = new Participant[1 + random.nextInt(4)];
            for (int i = 0; i < who.length; i++) {
                who[i] = new Participant("a" + random.nextInt(actors.size()), ROLES.get(random.nextInt(ROLES.size())));
            }
            double tone = random.nextInt(4) == 0 ? Double.NaN : Math.round(random.nextDouble() * 200 - 100) / 10.0;
            Event event = PlacesFixtures.event("e" + e, when, location(random), tone, who);
            String kind = random.nextInt(12) == 0 ? null : "kind-" + random.nextInt(10);
            list.add(new Event(event.id(), event.title(), event.when(), kind, null, event.location(),
                    event.participants(), tone, List.of(), List.of(), List.of(), event.extras()));
        }
        return PlacesFixtures.dataset(actors, list);
    }

    /** A hotspot (often exactly, else nearby), a country alone, a point without a country, or nothing. */
    private static Location location(Random random) {
        String country = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
        return switch (random.nextInt(6)) {
            case 0, 1 -> {
                double[] spot = HOTSPOTS[random.nextInt(HOTSPOTS.length)];
                double jitter = random.nextBoolean() ? 0 : random.nextGaussian() * Math.pow(10, -random.nextInt(5));
                yield new Location("spot", country, spot[0] + jitter, spot[1] + jitter);
            }
            case 2 -> new Location("anywhere", null, random.nextDouble() * 180 - 90, random.nextDouble() * 360 - 180);
            case 3 -> new Location("a country", country, Double.NaN, Double.NaN);
            default -> null;
        };
    }

    private static long day(int days) {
        return ORIGIN.plusDays(days).toEpochDay() * DAY;
    }

    /** The flows the window holds, after checking that their ranks go from the heaviest down. */
    private static int[] activeFlows(WindowPlaces window) {
        int[] flows = new int[window.activeFlows()];
        for (int rank = 0; rank < flows.length; rank++) {
            flows[rank] = window.flowByRank(rank);
            assertTrue(window.flowEvents(flows[rank]) > 0);
            assertTrue(rank == 0 || window.flowEvents(flows[rank]) <= window.flowEvents(flows[rank - 1]), "rank " + rank);
        }
        Arrays.sort(flows);
        return flows;
    }

    private static long[] sorted(long[] values) {
        Arrays.sort(values);
        return values;
    }

    private static List<Integer> toList(org.entente.index.IntList list) {
        return Arrays.stream(list.toArray()).boxed().toList();
    }

    @Test
    void aCellThatEmptiesIsGone() {
        List<Actor> actors = List.of(PlacesFixtures.state("chn", "CHN"));
        Location beijing = new Location("Beijing", "CHN", 39.9042, 116.4074);
        Dataset dataset = PlacesFixtures.dataset(actors, List.of(
                PlacesFixtures.event("a", "2020-01-01", beijing, 2, new Participant("chn", null)),
                PlacesFixtures.event("b", "2020-06-01", beijing, 4, new Participant("chn", null))));
        WindowPlaces window = PlacesFixtures.window(dataset, Filter.NONE);
        window.moveTo(day(7300), day(7700));
        assertEquals(1, window.level(Cells.LEVELS - 1).occupied());
        window.moveTo(day(7300) + 400 * DAY, day(7700) + 400 * DAY);
        for (int level = 0; level < Cells.LEVELS; level++) {
            assertEquals(0, window.level(level).occupied(), "level " + level);
        }
        assertTrue(Double.isNaN(window.countryMeanTone(window.places().countries().of("CHN"))));
    }
}
