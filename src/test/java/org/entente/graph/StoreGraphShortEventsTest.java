package org.entente.graph;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.entente.index.IndexedDataset;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Participant;
import org.entente.network.GraphSpan;
import org.entente.network.GraphTimeMode;
import org.entente.query.TimeWindow;
import org.entente.state.StoreLens;
import org.entente.state.ViewState;
import org.entente.store.MemoryStore;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.entente.work.Workers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A store whose every day is crossed by more long events than are fetched one by one: the graph of a week
 * shows the week's own events, and its bar says that the longer ones are left out.
 */
@ExtendWith(ApplicationExtension.class)
class StoreGraphShortEventsTest {
    private static final int LIMIT = 100;
    private static final String[] CAPITALS = {"usa", "rus", "chn", "fra"};

    private final ViewState state = new ViewState();

    @Start
    void start(Stage stage) {
        new StoreLens(state, Workers.single("test-short-records"), Platform::runLater, LIMIT);
        stage.setScene(new Scene(new ActorGraphView(state), 900, 600));
        stage.show();
    }

    private static Dataset longAndShort() throws EdtfException {
        List<Actor> actors = new ArrayList<>();
        for (String code : CAPITALS) {
            actors.add(new Actor(code, code.toUpperCase(), ActorKind.STATE, List.of(), null, null, List.of(), Extras.NONE));
        }
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < LIMIT + 50; i++) {
            events.add(event("long" + i, (2000 + i % 5) + "/" + (2010 + i % 3), i));
        }
        for (int day = 1; day <= 28; day++) {
            events.add(event("feb" + day, String.format("2005-02-%02d", day), day));
        }
        return new Dataset("Long and short", null, List.of(), actors, events, List.of(), Extras.NONE);
    }

    private static Event event(String id, String when, int i) throws EdtfException {
        List<Participant> two = List.of(new Participant(CAPITALS[i % 4], null), new Participant(CAPITALS[(i + 1) % 4], null));
        return new Event(id, "Talks " + id, Edtf.parse(when), "meeting", null, null, two, Double.NaN, List.of(), List.of(),
                List.of(), Extras.NONE);
    }

    @Test
    void aWeekShowsItsOwnEventsAndTheBarSaysTheLongerOnesAreLeftOut(FxRobot robot) throws Exception {
        MemoryStore store = new MemoryStore(IndexedDataset.of(longAndShort()));
        TimeWindow week = new TimeWindow(Edtf.parse("2005-02-10").start(), Edtf.parse("2005-02-17").start());
        robot.interact(() -> {
            state.show(store, store.records(new TimeWindow(store.extent().minStart(), store.extent().maxEnd()), 0).dataset());
            state.setGraphTimeMode(GraphTimeMode.VISIBLE_RANGE);
            state.setGraphSpan(GraphSpan.FOLLOW_ZOOM);
            state.setWindow(week);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.holdsRecordsOf(week));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(state.getRecordsCover().isWhole(), "the week's own events only");
        Label bar = robot.lookup(".graph-store-bar").queryAs(Label.class);
        assertTrue(bar.isVisible(), "the graph says what it leaves out");
        assertTrue(bar.getText().startsWith("Shown one by one: the events lasting"), bar.getText());
    }
}
