package org.entente.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import org.entente.query.TimeWindow;
import org.junit.jupiter.api.Test;

class OpeningWindowTest {
    private static final long DAY = 86_400_000L;
    private static final TimeWindow FALLBACK = new TimeWindow(0, DAY);

    private static long at(int year, int month, int day) {
        return LocalDate.of(year, month, day).toEpochDay() * DAY;
    }

    /** Day-long events starting at the given instants. */
    private static TimeIndex days(long... starts) {
        return TimeIndex.of(starts, Arrays.stream(starts).map(s -> s + DAY).toArray());
    }

    /**
     * Labels are drawn to the right of their events: a window of few events leaves room after the last for its
     * label (the seed's parade of 10 October read "Militar..." at the edge), one of events drawn as density
     * does not, where it would only leave the view's right empty.
     */
    @Test
    void fewEventsLeaveRoomAfterTheLastForItsLabelAndManyDoNot() {
        long[] few = new long[20];
        for (int i = 0; i < few.length; i++) {
            few[i] = at(2025, 1, 1) + i * 10 * DAY;
        }
        TimeWindow labelled = OpeningWindow.of(days(few), FALLBACK);
        long last = few[few.length - 1] + DAY;
        assertTrue(labelled.end() - last > 4 * (few[0] - labelled.start()),
                () -> "over four times as much room after the last event as before the first: " + labelled);
        long[] many = new long[5_000];
        for (int i = 0; i < many.length; i++) {
            many[i] = at(2025, 1, 1) + i * DAY / 20;
        }
        TimeWindow dense = OpeningWindow.of(days(many), FALLBACK);
        long lastOfMany = many[many.length - 1] + DAY;
        assertEquals((double) (many[0] - dense.start()), (double) (dense.end() - lastOfMany), DAY / 4.0,
                () -> "as much room on either side: " + dense);
    }

    @Test
    void outliersDecadesBackDoNotSqueezeThisYearsEvents() {
        long[] starts = new long[23];
        long[] background = {at(1945, 9, 2), at(1945, 10, 10), at(1950, 6, 25), at(1970, 1, 1), at(2011, 12, 17),
                at(2019, 6, 20), at(2023, 1, 1), at(2024, 1, 1)};
        System.arraycopy(background, 0, starts, 0, background.length);
        for (int i = background.length; i < starts.length; i++) {
            starts[i] = at(2025, 1, 1) + (i - background.length) * 20 * DAY;
        }
        TimeWindow window = OpeningWindow.of(days(starts), FALLBACK);

        assertTrue(window.start() <= at(2025, 1, 1) && window.end() >= at(2025, 10, 9), window.toString());
        assertTrue(window.span() < 400 * DAY, "the window is about this year, not eighty: " + window);
    }

    @Test
    void evenlySpreadEventsOpenOnAllOfThem() {
        long[] starts = new long[1000];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = at(2000, 1, 1) + i * DAY;
        }
        TimeWindow window = OpeningWindow.of(days(starts), FALLBACK);

        assertTrue(window.contains(starts[0]) && window.contains(starts[999]), window.toString());
    }

    @Test
    void ofTwoEqualClustersTheLatestOpens() {
        long[] starts = new long[40];
        for (int i = 0; i < 20; i++) {
            starts[i] = at(1990, 1, 1) + i * DAY;
            starts[20 + i] = at(2020, 1, 1) + i * DAY;
        }
        TimeWindow window = OpeningWindow.of(days(starts), FALLBACK);

        assertTrue(window.contains(at(2020, 1, 10)), window.toString());
        assertTrue(window.end() > at(2020, 1, 20) && window.start() > at(2019, 1, 1), window.toString());
    }

    @Test
    void eventsOnOneDayOpenOnThatDay() {
        long[] starts = new long[100];
        Arrays.fill(starts, at(2018, 1, 1));
        starts[0] = at(2008, 1, 1);
        starts[1] = at(2017, 12, 31);
        TimeWindow window = OpeningWindow.of(days(starts), FALLBACK);

        assertTrue(window.start() <= at(2018, 1, 1) && window.end() >= at(2018, 1, 2), window.toString());
        assertTrue(window.span() < 3 * DAY, window.toString());
    }

    @Test
    void twoBusyDaysOfDayLongEventsBothOpen() {
        long[] starts = new long[100];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = i < 64 ? at(2018, 6, 1) : at(2018, 6, 2);
        }
        TimeWindow window = OpeningWindow.of(days(starts), FALLBACK);

        assertTrue(window.start() <= at(2018, 6, 1) && window.end() >= at(2018, 6, 3), window.toString());
    }

    @Test
    void openStartsAreLeftOutAndAnOpenEndDoesNotStretchTheWindow() {
        long[] starts = {Long.MIN_VALUE, at(2020, 1, 1), at(2020, 1, 2), at(2020, 1, 3)};
        long[] ends = {at(2020, 1, 2), at(2020, 1, 2), at(2020, 1, 3), Long.MAX_VALUE};
        TimeWindow window = OpeningWindow.of(TimeIndex.of(starts, ends), FALLBACK);

        assertTrue(window.contains(at(2020, 1, 1)) && window.contains(at(2020, 1, 3)), window.toString());
        assertTrue(window.span() < 5 * DAY, window.toString());
    }

    @Test
    void withoutFiniteStartsTheFallbackOpens() {
        assertEquals(FALLBACK, OpeningWindow.of(TimeIndex.of(new long[0], new long[0]), FALLBACK));
        assertEquals(FALLBACK, OpeningWindow.of(TimeIndex.of(new long[] {Long.MIN_VALUE}, new long[] {0}), FALLBACK));
    }

    @Test
    void aMillionEventsTakeAFewPassesOverTheIndex() {
        Random random = new Random(12);
        long[] starts = new long[1_000_000];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = at(2018, 1, 1) + (long) (random.nextGaussian() * 30 * DAY);
        }
        TimeIndex index = days(starts);
        long begin = System.nanoTime();
        TimeWindow window = OpeningWindow.of(index, FALLBACK);
        long millis = (System.nanoTime() - begin) / 1_000_000;

        assertTrue(window.contains(at(2018, 1, 1)), window.toString());
        assertTrue(millis < 2_000, "took " + millis + " ms");
    }
}
