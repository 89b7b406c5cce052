package org.entente.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.index.IndexedDataset;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Participant;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.junit.jupiter.api.Test;

class PeriodComparisonTest {
    private static final long DAY = 86_400_000L;
    private final List<Event> events = new ArrayList<>();

    private void meet(String first, String second, String date, double tone) throws EdtfException {
        events.add(new Event("e" + events.size(), "Meeting", Edtf.parse(date), "meeting", null, null,
                List.of(new Participant(first, null), new Participant(second, null)), tone, List.of(), List.of(),
                List.of(), Extras.NONE));
    }

    private static TimeWindow year(int y) {
        return new TimeWindow(LocalDate.of(y, 1, 1).toEpochDay() * DAY, LocalDate.of(y + 1, 1, 1).toEpochDay() * DAY);
    }

    @Test
    void eachTieIsFiledByHowItChangedFromOnePeriodToTheOther() throws EdtfException {
        meet("a", "b", "2019-03-01", Double.NaN);
        meet("c", "d", "2020-03-01", Double.NaN);
        meet("a", "c", "2019-03-01", Double.NaN);
        meet("a", "c", "2020-03-01", Double.NaN);
        meet("a", "c", "2020-04-01", Double.NaN);
        meet("b", "d", "2019-03-01", 5);
        meet("b", "d", "2020-03-01", -4);
        List<Actor> actors = new ArrayList<>();
        for (String id : List.of("a", "b", "c", "d")) {
            actors.add(new Actor(id, id, ActorKind.STATE, List.of(), null, null, List.of(), Extras.NONE));
        }
        IndexedDataset data = IndexedDataset.of(new Dataset("Two years", null, List.of(), actors, events, List.of(), Extras.NONE));
        PairIndex pairs = PairIndex.of(data.dataset(), Filter.NONE);

        PeriodComparison comparison = PeriodComparison.of(pairs, data.time(), year(2019), year(2020));

        assertEquals(4, comparison.ties().size());
        assertEquals(1, comparison.count(PeriodComparison.Change.APPEARED), "c-d");
        assertEquals(1, comparison.count(PeriodComparison.Change.VANISHED), "a-b");
        assertEquals(1, comparison.count(PeriodComparison.Change.STRONGER), "a-c, once then twice");
        assertEquals(1, comparison.count(PeriodComparison.Change.COLDER), "b-d, +5 then -4");
        assertEquals(PeriodComparison.Change.COLDER, comparison.ties().get(0).change(), "a swing of nine in tone ranks first");
    }
}
