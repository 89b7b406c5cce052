package org.entente.order;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.junit.jupiter.api.Test;

/** Ordering given events by a column, as every list of events does, without a display. */
class EventOrderTest {
    private static Event event(String id, String title, String date, double tone) throws EdtfException {
        return new Event(id, title, Edtf.parse(date), null, null, null, List.of(), tone, List.of(), List.of(), List.of(),
                Extras.NONE);
    }

    private final Dataset dataset;

    EventOrderTest() throws EdtfException {
        dataset = new Dataset("four", null, List.of(), List.of(), List.of(
                event("a", "Summit", "2018-03-01", 2.0),
                event("b", "accord", "2018-01-01", Double.NaN),
                event("c", "Ényst", "2018-02-01", -3.5),
                event("d", "Zeal", "2018-01-01", 0.5)), List.of(), Extras.NONE);
    }

    @Test
    void onlyTheGivenPositionsAreSortedAndTheGivenArrayIsLeftAlone() {
        int[] given = {0, 2, 1};
        assertArrayEquals(new int[] {1, 2, 0}, EventOrder.sort(dataset, given, EventColumn.DATE, true));
        assertArrayEquals(new int[] {0, 2, 1}, given);
    }

    @Test
    void sameTimesFallBackToTheDatasetsOrderEitherWay() {
        assertArrayEquals(new int[] {1, 3, 2, 0}, EventOrder.sort(dataset, new int[] {3, 2, 1, 0}, EventColumn.DATE, true));
        assertArrayEquals(new int[] {0, 2, 3, 1}, EventOrder.sort(dataset, new int[] {0, 1, 2, 3}, EventColumn.DATE, false));
    }

    @Test
    void titlesSortAsAReaderWouldCaseAndAccentsAside() {
        assertArrayEquals(new int[] {1, 2, 0, 3}, EventOrder.sort(dataset, new int[] {0, 1, 2, 3}, EventColumn.TITLE, true));
    }

    @Test
    void eventsWithoutAToneComeLastEitherWay() {
        assertArrayEquals(new int[] {2, 3, 0, 1}, EventOrder.sort(dataset, new int[] {0, 1, 2, 3}, EventColumn.TONE, true));
        assertArrayEquals(new int[] {0, 3, 2, 1}, EventOrder.sort(dataset, new int[] {0, 1, 2, 3}, EventColumn.TONE, false));
        assertEquals("", EventCells.text(EventColumn.TONE, dataset.events().get(1), dataset));
    }
}
