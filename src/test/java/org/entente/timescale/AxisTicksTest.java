package org.entente.timescale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.entente.time.Precision;
import org.entente.timescale.AxisTicks.Tick;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AxisTicksTest {
    private static final double WIDTH = 1600;
    private static final double SPACING = 70;

    private static long at(int year, int month, int day) {
        return LocalDate.of(year, month, day).toEpochDay() * 86_400_000L;
    }

    private static long at(String isoUtc) {
        return LocalDateTime.parse(isoUtc).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private static List<String> labels(List<Tick> ticks, boolean major) {
        return ticks.stream().filter(t -> t.major() == major).map(Tick::label).toList();
    }

    @Test
    void oneMinuteAcrossTheScreenShowsSecondsUnderMinutes() {
        long start = at("2025-10-09T14:05:00");
        List<Tick> ticks = AxisTicks.ticks(new TimeScale(start, start + 60_000, WIDTH), SPACING, Precision.MILLISECOND);

        assertEquals(List.of("14:05:00", "14:05:05", "14:05:10"), labels(ticks, false).subList(0, 3));
        assertEquals(List.of("9 Oct 2025 14:05"), labels(ticks, true));
    }

    @Test
    void aFewDaysShowHoursUnderDays() {
        List<Tick> ticks = AxisTicks.ticks(new TimeScale(at(2025, 10, 9), at(2025, 10, 12), WIDTH), SPACING, Precision.MILLISECOND);

        assertEquals(List.of("00:00", "06:00", "12:00", "18:00"), labels(ticks, false).subList(0, 4));
        assertEquals(List.of("9 Oct 2025", "10 Oct 2025", "11 Oct 2025"), labels(ticks, true));
    }

    @Test
    void aYearShowsMonthsUnderTheYear() {
        List<Tick> ticks = AxisTicks.ticks(new TimeScale(at(2024, 12, 15), at(2025, 12, 15), WIDTH), SPACING, Precision.MILLISECOND);

        assertEquals(List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
                labels(ticks, false));
        assertEquals(List.of("2025"), labels(ticks, true));
        assertEquals(at(2025, 1, 1), ticks.get(0).time(), "month ticks fall on the first of the month");
    }

    @Test
    void thirtyYearsShowYearsUnderDecades() {
        List<Tick> ticks = AxisTicks.ticks(new TimeScale(at(1995, 1, 1), at(2025, 1, 1), WIDTH), SPACING, Precision.MILLISECOND);

        assertEquals(List.of("1996", "1998", "2000"), labels(ticks, false).subList(0, 3));
        assertEquals(List.of("2000", "2010", "2020"), labels(ticks, true));
    }

    @Test
    void bceYearsAreLabelledAsSuchAndFallOnRoundHistoricalYears() {
        List<Tick> ticks = AxisTicks.ticks(new TimeScale(at(-1000, 1, 1), at(500, 1, 1), WIDTH), SPACING, Precision.MILLISECOND);

        List<String> minor = labels(ticks, false);
        assertTrue(minor.contains("500 BCE"), minor::toString);
        assertTrue(minor.contains("100 BCE"), minor::toString);
        assertTrue(minor.contains("100"), minor::toString);
        long fiveHundredBce = ticks.stream().filter(t -> t.label().equals("500 BCE")).findFirst().orElseThrow().time();
        assertEquals(at(-499, 1, 1), fiveHundredBce, "500 BCE is astronomical year -499");
        assertEquals("1 BCE", AxisTicks.yearLabel(0));
    }

    @Test
    void deepTimeShowsThousandsOfYearsWithSeparators() {
        List<Tick> ticks = AxisTicks.ticks(new TimeScale(at(-20_000, 1, 1), at(2025, 1, 1), WIDTH), SPACING, Precision.MILLISECOND);

        assertTrue(labels(ticks, false).contains("10,000 BCE"), labels(ticks, false)::toString);
        assertTrue(labels(ticks, true).contains("10,000 BCE"), labels(ticks, true)::toString);
    }

    @ParameterizedTest(name = "span {0} ms")
    @ValueSource(longs = {60_000L, 3_600_000L, 86_400_000L, 31_556_952_000L, 315_569_520_000L,
            31_556_952_000_000L, 315_569_520_000_000L, 3_155_695_200_000_000_000L})
    void atEveryZoomTicksAreOrderedInsideTheWindowAndBoundedByTheWidth(long span) {
        long start = span > 1_000_000_000_000_000L ? -span / 2 : at(2020, 6, 15) - span / 2;
        TimeScale scale = new TimeScale(start, start + span, WIDTH);
        List<Tick> ticks = AxisTicks.ticks(scale, SPACING, Precision.MILLISECOND);

        List<Tick> minor = ticks.stream().filter(t -> !t.major()).toList();
        assertTrue(minor.size() >= 2, () -> "too few ticks: " + minor);
        assertTrue(minor.size() <= WIDTH / SPACING + 2, () -> "too many ticks: " + minor.size());
        for (int i = 0; i < minor.size(); i++) {
            Tick t = minor.get(i);
            assertTrue(t.time() >= scale.start() && t.time() < scale.end());
            assertTrue(i == 0 || t.time() > minor.get(i - 1).time());
            assertTrue(i == 0 || scale.x(t.time()) - scale.x(minor.get(i - 1).time()) >= SPACING * 0.5,
                    "labels keep their distance");
            assertTrue(!t.label().isBlank());
        }
    }

    @Test
    void aOneMinuteWindowTwoHundredMillionYearsAgoMapsWithoutJitter() {
        long start = at(-199_000_000, 3, 1) + 3_600_000;
        TimeScale scale = new TimeScale(start, start + 60_000, WIDTH);

        assertEquals(0, scale.x(start), 1e-9);
        assertEquals(WIDTH / 2, scale.x(start + 30_000), 1e-9);
        assertEquals(start + 15_000, scale.time(WIDTH / 4));
        List<Tick> ticks = AxisTicks.ticks(scale, SPACING, Precision.MILLISECOND);
        assertEquals(List.of("01:00:00", "01:00:05", "01:00:10"), labels(ticks, false).subList(0, 3));
        assertTrue(labels(ticks, true).get(0).endsWith("199,000,001 BCE 01:00"), labels(ticks, true)::toString);
    }

    @Test
    void zoomingOutStopsAtTheWidestWindowAndPanningStaysInRange() {
        org.entente.query.TimeWindow window = new org.entente.query.TimeWindow(0, 86_400_000L);
        for (int i = 0; i < 200; i++) {
            window = window.zoom(2, 0).pan(Long.MAX_VALUE / 4);
        }
        assertEquals(org.entente.query.TimeWindow.MAX_SPAN, window.span());
        assertTrue(window.end() <= org.entente.query.TimeWindow.LIMIT);
        TimeScale scale = new TimeScale(window.start(), window.end(), WIDTH);
        List<Tick> ticks = AxisTicks.ticks(scale, SPACING, Precision.MILLISECOND);
        assertTrue(ticks.size() >= 2 && ticks.size() < 60, ticks::toString);
    }

    @Test
    void onDayPrecisionDataZoomedToHoursTheAxisShowsDaysNotHours() {
        List<Tick> ticks = AxisTicks.ticks(new TimeScale(at(2025, 10, 9), at(2025, 10, 12), WIDTH), SPACING,
                Precision.DAY);

        assertEquals(List.of("9 Oct 2025", "10 Oct 2025", "11 Oct 2025"), labels(ticks, true));
        assertTrue(labels(ticks, false).isEmpty(), labels(ticks, false)::toString);
    }

    @Test
    void onYearPrecisionDataAMonthsWindowKeepsYearTicks() {
        List<Tick> ticks = AxisTicks.ticks(new TimeScale(at(2024, 12, 1), at(2025, 3, 1), WIDTH), SPACING,
                Precision.YEAR);

        assertEquals(List.of("2025"), labels(ticks, true));
        assertTrue(labels(ticks, false).isEmpty());
    }

    @Test
    void zoomedOutFartherThanTheDataIsPreciseTheTicksAreAsBefore() {
        TimeScale scale = new TimeScale(at(1995, 1, 1), at(2025, 1, 1), WIDTH);

        assertEquals(AxisTicks.ticks(scale, SPACING, Precision.MILLISECOND), AxisTicks.ticks(scale, SPACING, Precision.DAY));
    }
}
