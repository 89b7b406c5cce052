package org.entente.detail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.entente.index.IntList;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.junit.jupiter.api.Test;

class ActivitySeriesTest {
    private static final int BINS = ActorSection.CHART_BINS;

    private static Event event(String when) throws EdtfException {
        return new Event("e" + when, "Event", Edtf.parse(when), "talk", null, null, List.of(), Double.NaN,
                List.of(), List.of(), List.of(), Extras.NONE);
    }

    private static ActivitySeries of(String... dates) throws EdtfException {
        List<Event> events = new ArrayList<>();
        for (String date : dates) {
            events.add(event(date));
        }
        return ActivitySeries.of(events, IntList.counting(events.size()), BINS);
    }

    private static long millis(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    @Test
    void twoDaysOfDayDatedEventsAreTwoBarsADayWideAmongSeven() throws EdtfException {
        ActivitySeries series = of("2018-06-01", "2018-06-01", "2018-06-01", "2018-06-02");
        assertArrayEquals(new int[] {0, 0, 3, 1, 0, 0, 0}, series.counts(), "a bar a day, and a few days either side");
        assertEquals(millis("2018-05-30T00:00:00Z"), series.from());
        assertEquals(millis("2018-06-05T23:59:59.999Z"), series.to());
        assertEquals(millis("2018-06-01T00:00:00Z"), series.binStart(2));
    }

    @Test
    void eventsWithATimeOfDayOverADayAreBinnedByTheHour() throws EdtfException {
        ActivitySeries series = of("2018-06-01T09:15:00Z", "2018-06-01T09:45:00Z", "2018-06-02T03:00:00Z");
        assertEquals(19, series.counts().length, "the hours from 9:00 to 3:00 the next day");
        assertEquals(millis("2018-06-01T09:00:00Z"), series.from());
        assertEquals(2, series.counts()[0]);
        assertEquals(1, series.counts()[18]);
        assertEquals(millis("2018-06-02T03:00:00Z"), series.binStart(18));
    }

    @Test
    void aSpanOfMoreDaysThanBinsKeepsEqualBinsFromTheFirstToTheLast() throws EdtfException {
        ActivitySeries series = of("2020-01-01", "2020-12-31");
        assertEquals(BINS, series.counts().length);
        assertEquals(millis("2020-01-01T00:00:00Z"), series.from());
        assertEquals(millis("2020-12-31T00:00:00Z"), series.to());
        assertEquals(1, series.counts()[0]);
        assertEquals(1, series.counts()[BINS - 1]);
    }

    @Test
    void fewerDaysThanBinsGetABarADay() throws EdtfException {
        ActivitySeries series = of("2020-01-01", "2020-01-20");
        assertEquals(20, series.counts().length);
        assertEquals(1, series.counts()[0]);
        assertEquals(1, series.counts()[19]);
        assertTrue(series.max() == 1 && !series.isEmpty());
    }

    @Test
    void noDatedEventsGiveAnEmptySeries() {
        ActivitySeries series = ActivitySeries.of(List.of(), new IntList(), BINS);
        assertTrue(series.isEmpty());
    }
}
