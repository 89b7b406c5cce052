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

    /** Four actors over 2019 and 2020: a-b only in 2019, c-d only in 2020, a-c once then twice, b-d warm then cold. */
    private PeriodComparison twoYears() throws EdtfException {
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
        return PeriodComparison.of(pairs, data.time(), year(2019), year(2020));
    }

    private static GroupedTies ungrouped(PeriodComparison comparison) {
        return GroupedTies.of(comparison.pairs(), ActorGroups.none(comparison.pairs().actorCount()));
    }

    @Test
    void eachTieIsFiledByHowItChangedFromOnePeriodToTheOther() throws EdtfException {
        PeriodComparison comparison = twoYears();

        assertEquals(4, comparison.ties().size());
        assertEquals(1, comparison.count(PeriodComparison.Change.APPEARED), "c-d");
        assertEquals(1, comparison.count(PeriodComparison.Change.VANISHED), "a-b");
        assertEquals(1, comparison.count(PeriodComparison.Change.STRONGER), "a-c, once then twice");
        assertEquals(1, comparison.count(PeriodComparison.Change.COLDER), "b-d, +5 then -4");
        assertEquals(PeriodComparison.Change.COLDER, comparison.ties().get(0).change(), "a swing of nine in tone ranks first");
        PeriodComparison.Tie ac = comparison.tieBetween(2, 0);
        assertEquals(PeriodComparison.Change.STRONGER, ac.change());
        assertEquals(ac, comparison.tieOf(ac.pair()));
    }

    @Test
    void theSceneOfAComparisonShowsBothPeriodsTiesEachFlaggedWithItsChange() throws EdtfException {
        PeriodComparison comparison = twoYears();

        GraphScene scene = ComparisonScene.of(comparison, -1, 1, GraphLimits.NONE, new int[0], ungrouped(comparison));

        assertEquals(4, scene.edgeCount(), "the union of both years' ties");
        assertEquals(4, scene.nodeCount());
        int ab = scene.edgeBetween(0, 1);
        assertEquals(PeriodComparison.Change.VANISHED, ComparisonScene.change(scene.flags(ab)));
        assertEquals(1, scene.count(ab), "a vanished tie is as heavy as it was in A");
        int ac = scene.edgeBetween(0, 2);
        assertEquals(PeriodComparison.Change.STRONGER, ComparisonScene.change(scene.flags(ac)));
        assertEquals(2, scene.count(ac), "a tie that is still there is as heavy as it is in B");
        int bd = scene.edgeBetween(1, 3);
        assertEquals(-4, scene.tone(bd), 1e-6, "and has B's tone");
        assertEquals(4, scene.weight(scene.slotOf(0)), "a weighs its interactions in both years: one with b, three with c");
        assertEquals(null, ComparisonScene.change(0), "a window's edge is no comparison");
    }

    @Test
    void theLimitsKeepTheBusiestActorsOverBothPeriods() throws EdtfException {
        PeriodComparison comparison = twoYears();

        GraphScene scene = ComparisonScene.of(comparison, -1, 1, GraphLimits.NONE.withMaxActors(2), new int[0],
                ungrouped(comparison));

        assertEquals(1, scene.edgeCount(), "a and c, with four interactions each, are the busiest");
        assertEquals(PeriodComparison.Change.STRONGER, ComparisonScene.change(scene.flags(0)));
        assertEquals(4, scene.actorsInWindow());
    }

    @Test
    void aTieWithAGroupSumsThePairsItStandsForAndIsFiledByHowTheSumsChanged() throws EdtfException {
        PeriodComparison comparison = twoYears();
        List<Actor> actors = comparison.pairs().dataset().actors();
        ActorGroups cAndD = ActorGroups.byCommunity(actors, actor -> actor >= 2 ? 0 : -1, new int[] {2, 3, 0, 1});
        GroupedTies ties = GroupedTies.of(comparison.pairs(), cAndD);
        int group = cAndD.node(2);

        GraphScene scene = ComparisonScene.of(comparison, -1, 1, GraphLimits.NONE, new int[0], ties);

        assertEquals(3, scene.edgeCount(), "a-b, a with the group, b with the group; c-d lies inside it");
        assertEquals(PeriodComparison.Change.VANISHED, ComparisonScene.change(scene.flags(scene.edgeBetween(0, 1))));
        int aGroup = scene.edgeBetween(0, group);
        assertEquals(PeriodComparison.Change.STRONGER, ComparisonScene.change(scene.flags(aGroup)), "a-c, once then twice");
        int bGroup = scene.edgeBetween(1, group);
        assertEquals(PeriodComparison.Change.COLDER, ComparisonScene.change(scene.flags(bGroup)));
        PeriodComparison.Tie summed = ComparisonScene.tieOf(comparison, ties, scene.pair(bGroup));
        assertEquals(5, summed.toneA(), 1e-9);
        assertEquals(-4, summed.toneB(), 1e-9);
    }
}
