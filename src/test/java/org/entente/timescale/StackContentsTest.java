package org.entente.timescale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.index.TimeIndex;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.query.TimeWindow;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.junit.jupiter.api.Test;

class StackContentsTest {
    private static final long DAY = StackContents.DAY;
    private static final TimeWindow YEAR = new TimeWindow(LocalDate.parse("2017-07-01").toEpochDay() * DAY,
            LocalDate.parse("2018-07-01").toEpochDay() * DAY);

    private static Dataset dated(String... whens) throws EdtfException {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < whens.length; i++) {
            events.add(new Event("e" + i, "Event " + i, Edtf.parse(whens[i]), null, null, null, List.of(), Double.NaN,
                    List.of(), List.of(), List.of(), Extras.NONE));
        }
        return new Dataset("Stack", null, List.of(), List.of(), events, List.of(), Extras.NONE);
    }

    private static long day(String date) {
        return LocalDate.parse(date).toEpochDay() * DAY;
    }

    @Test
    void eventsOfOneDayAreListedInsteadOfZoomedInto() throws EdtfException {
        Dataset dataset = dated("2018-01-01", "2018-01-01", "2018-01-01");
        StackContents contents = StackContents.of(dataset, TimeIndex.of(dataset.events()), day("2018-01-01"), day("2018-01-02"), YEAR);
        assertTrue(contents.listed());
        assertEquals(day("2018-01-01"), contents.from());
        assertEquals(day("2018-01-02"), contents.to());
        assertArrayEquals(new int[] {0, 1, 2}, contents.events());
    }

    @Test
    void eventsOverSeveralDaysZoomToExactlyTheirSpan() throws EdtfException {
        Dataset dataset = dated("2017-12-30", "2018-01-01", "2018-01-03");
        StackContents contents = StackContents.of(dataset, TimeIndex.of(dataset.events()), day("2017-12-01"), day("2018-02-01"), YEAR);
        assertFalse(contents.listed());
        assertTrue(contents.zoom().start() <= day("2017-12-30") && contents.zoom().end() >= day("2018-01-04"));
        assertTrue(contents.zoom().span() <= 6 * DAY, "the five days and a margin: " + contents.zoom().span() / DAY);
    }

    @Test
    void eventsThatSpanMostOfTheWindowAreListedSinceZoomingCouldNotPartThem() throws EdtfException {
        Dataset dataset = dated("2018-01-01", "2018-01-02", "2018-01-02");
        TimeWindow twoDays = new TimeWindow(day("2018-01-01") - DAY / 10, day("2018-01-03") + DAY / 10);
        StackContents contents = StackContents.of(dataset, TimeIndex.of(dataset.events()), day("2018-01-01"),
                day("2018-01-03"), twoDays);
        assertTrue(contents.listed());
        assertEquals(3, contents.events().length);
    }

    @Test
    void aClusterOfDensityZoomsNoFurtherThanItsOwnColumns() throws EdtfException {
        Dataset dataset = dated("2017/2019", "2018-06-01");
        StackContents contents = StackContents.of(dataset, TimeIndex.of(dataset.events()), day("2018-05-01"), day("2018-07-01"), YEAR);
        assertFalse(contents.listed());
        assertTrue(contents.zoom().start() >= day("2018-04-20") && contents.zoom().end() <= day("2018-07-10"),
                "a long event overlapping the cluster does not widen it: " + contents.zoom());
    }
}
