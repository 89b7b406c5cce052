package org.entente.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.entente.index.IndexedDataset;
import org.entente.model.Dataset;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.seed.Seed;
import org.entente.state.Selection;
import org.entente.state.StoreLens;
import org.entente.state.ViewState;
import org.entente.store.EventRow;
import org.entente.store.MemoryStore;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An actor's section on a store: beside the events of the records held (a window of the store), every
 * event of the actor in the whole store, asked in the background; a click on one brings it into view.
 */
@ExtendWith(ApplicationExtension.class)
class StoreEventsTest {
    private static final String KIM = "kim-jong-un";

    private final ViewState state = new ViewState();

    @Start
    void start(Stage stage) {
        new StoreLens(state, Runnable::run, Runnable::run, StoreLens.LIMIT);
        stage.setScene(new Scene(new DetailView(state), 700, 900));
        stage.show();
    }

    @Test
    void anActorsSectionListsItsEventsInTheWholeStoreAndOneClickedComesIntoView(FxRobot robot)
            throws IOException, EdtfException {
        Dataset seed = Seed.load();
        MemoryStore store = new MemoryStore(IndexedDataset.of(seed));
        TimeWindow september = new TimeWindow(Edtf.parse("2025-09-01").start(), Edtf.parse("2025-10-01").start());
        robot.interact(() -> {
            state.show(store, store.records(september, 0).dataset());
            state.setWindow(september);
            state.select(Selection.actor(KIM));
        });
        List<EventRow> all = store.actorEvents(KIM, Filter.NONE, 0, StoreEvents.LISTED).rows();
        assertTrue(all.stream().anyMatch(row -> !september.covers(new TimeWindow(row.when().start(), row.when().end()))),
                "the actor has events outside the window");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = robot.lookup(".actor-detail .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(texts.contains("In the whole store"), texts::toString);
        assertTrue(texts.stream().anyMatch(t -> t.equals(all.size() + " events")), texts::toString);
        assertTrue(texts.stream().anyMatch(t -> t.endsWith("among those fetched from the store")), texts::toString);
        List<ListView> lists = List.copyOf(robot.lookup(".actor-detail .detail-events").queryAllAs(ListView.class));
        ListView<?> whole = lists.get(lists.size() - 1);
        assertEquals(all, whole.getItems());
        EventRow earliest = all.get(0);
        robot.interact(() -> whole.getSelectionModel().select(0));
        robot.clickOn(whole.lookup(".list-cell"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Selection.event(earliest.id()), state.getSelection());
        assertEquals(earliest.when().start(), state.getCursor());
        assertTrue(state.getWindow().contains(earliest.when().start()), "the window moved to the event");
        assertTrue(state.getDataset().dataset().event(earliest.id()).isPresent(), "its records came");
    }
}
