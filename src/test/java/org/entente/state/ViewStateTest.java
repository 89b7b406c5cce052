package org.entente.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.index.IndexedDataset;
import org.entente.index.TimeIndex;
import org.entente.model.Extras;
import org.entente.model.Period;
import org.entente.time.Edtf;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.model.ActorKind;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Reliability;
import org.entente.query.Comparison;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.junit.jupiter.api.Test;

class ViewStateTest {
    private static final Dataset MINIMAL = new DatasetLoader(LoadMode.STRICT)
            .load(java.nio.file.Path.of("src/test/resources/corpus/good/minimal.json")).dataset().orElseThrow();

    @Test
    void backAndForwardWalkTheSelectionHistory() {
        ViewState state = new ViewState();
        state.select(Selection.actor("a1"));
        state.select(Selection.event("e1"));
        state.select(Selection.pair("a2", "a1"));

        assertTrue(state.goBack());
        assertEquals(Selection.event("e1"), state.getSelection());
        assertTrue(state.goBack());
        assertEquals(Selection.actor("a1"), state.getSelection());
        assertTrue(state.history().canGoForward());
        assertTrue(state.goForward());
        assertEquals(Selection.event("e1"), state.getSelection());

        state.select(Selection.actor("a2"));
        assertFalse(state.history().canGoForward(), "a new selection forgets the forward trail");
        assertFalse(state.goForward());
    }

    @Test
    void selectingTheSameThingTwiceDoesNotGrowTheHistory() {
        ViewState state = new ViewState();
        List<Selection> changes = new ArrayList<>();
        state.selectionProperty().addListener((obs, old, now) -> changes.add(now));
        state.select(Selection.actor("a1"));
        state.select(Selection.actor("a1"));

        assertEquals(List.of(Selection.actor("a1")), changes);
        assertTrue(state.goBack());
        assertEquals(Selection.NOTHING, state.getSelection());
        assertFalse(state.goBack());
    }

    @Test
    void aPairIsTheSameWhicheverWayRoundItIsNamed() {
        assertEquals(Selection.pair("b", "a"), Selection.pair("a", "b"));
        assertTrue(Selection.pair("a", "b").involvesActor("b"));
        assertFalse(Selection.actor("a").involvesActor("b"));
        assertThrows(IllegalArgumentException.class, () -> Selection.pair("a", "a"));
    }

    @Test
    void showingADatasetFitsTheWindowAndStartsAfresh() {
        ViewState state = new ViewState();
        state.select(Selection.actor("x"));
        state.setFilter(Filter.NONE.withEventKinds(Set.of("parade")));
        state.setComparison(new Comparison(new TimeWindow(0, 10_000), new TimeWindow(10_000, 20_000)));
        assertTrue(state.isComparing());

        state.show(IndexedDataset.of(MINIMAL));

        Event meeting = MINIMAL.events().get(0);
        TimeWindow window = state.getWindow();
        assertTrue(window.start() < meeting.when().start() && window.end() > meeting.when().end());
        assertTrue(window.contains(state.getCursor()));
        assertEquals(Selection.NOTHING, state.getSelection());
        assertFalse(state.history().canGoBack());
        assertEquals(Filter.NONE, state.getFilter());
        assertFalse(state.isComparing(), "the periods compared were the old dataset's");
    }

    @Test
    void fitAllTakesInNamedPeriodsThatReachBeyondTheEvents() throws Exception {
        long day = 86_400_000L;
        TimeIndex time = TimeIndex.of(new long[] {100 * day, 200 * day}, new long[] {101 * day, 201 * day});
        Period era = new Period("era", "An era", Edtf.parse("1969-01-01/1970-12-31"), Extras.NONE);
        Period open = new Period("open", "Open", Edtf.parse("../1975"), Extras.NONE);

        TimeWindow withEra = ViewState.fitAll(time, List.of(era, open));

        assertTrue(withEra.contains(era.when().start()) && withEra.end() >= 201 * day, withEra.toString());
        assertTrue(withEra.contains(open.when().end() - 1), "the finite end of an open period counts");
        assertEquals(ViewState.fitAll(time), ViewState.fitAll(time, List.of()));
        assertTrue(ViewState.fitAll(TimeIndex.of(new long[0], new long[0]), List.of(era)).contains(era.when().start()));
    }

    @Test
    void zoomKeepsTheAnchorInPlaceAndNeverCollapsesTheWindow() {
        TimeWindow window = new TimeWindow(0, 1_000_000);
        TimeWindow zoomed = window.zoom(0.5, 250_000);

        assertEquals(125_000, zoomed.start());
        assertEquals(625_000, zoomed.end());
        assertEquals(TimeWindow.MIN_SPAN, window.zoom(1e-12, 10).span());
        assertThrows(IllegalArgumentException.class, () -> new TimeWindow(5, 5));
    }

    @Test
    void aNullWindowOrFilterIsRefused() {
        ViewState state = new ViewState();
        TimeWindow before = state.getWindow();
        state.setWindow(null);
        state.setFilter(null);
        assertEquals(before, state.getWindow());
        assertEquals(Filter.NONE, state.getFilter());
    }

    @Test
    void theFilterHidesEventsByKindTagToneDateActorKindAndReliability() {
        Event meeting = MINIMAL.events().get(0);
        assertTrue(Filter.NONE.matches(meeting, MINIMAL));
        assertFalse(Filter.NONE.withEventKinds(Set.of("parade")).matches(meeting, MINIMAL));
        assertFalse(Filter.NONE.withTags(Set.of("economy")).matches(meeting, MINIMAL));
        assertFalse(Filter.NONE.withTone(0, 10).matches(meeting, MINIMAL), "no tone is outside a narrowed range");
        assertTrue(Filter.NONE.withActorKinds(Set.of(ActorKind.PERSON)).matches(meeting, MINIMAL));
        assertFalse(Filter.NONE.withActorKinds(Set.of(ActorKind.GROUP)).matches(meeting, MINIMAL));
        assertTrue(Filter.NONE.withMinReliability(Reliability.B).matches(meeting, MINIMAL));
        assertFalse(Filter.NONE.withMinReliability(Reliability.A).matches(meeting, MINIMAL));
        assertFalse(Filter.NONE.withDateRange(new TimeWindow(0, 86_400_000)).matches(meeting, MINIMAL));
        assertNotEquals(Filter.NONE, Filter.NONE.withTone(-10, 9));
        assertTrue(Filter.NONE.isEmpty());
    }
}
