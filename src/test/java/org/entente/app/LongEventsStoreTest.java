package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.entente.io.LoadMode;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Participant;
import org.entente.query.TimeWindow;
import org.entente.state.Selection;
import org.entente.state.StoreLens;
import org.entente.store.StoreWriter;
import org.entente.table.EventTableView;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A store whose every day is crossed by more long events than are fetched one by one, as a hundred million
 * generated events are: zoomed in on a week, the views show the week's own events and each says that the
 * longer ones are left out, where before they showed only a notice.
 */
class LongEventsStoreTest extends SeedWindowTest {
    private static final String[] CAPITALS = {"USA", "RUS", "CHN", "FRA", "GBR", "DEU"};
    /** Where the store is written, removed after the class. */
    @TempDir
    static Path dir;
    private static Path store;

    @BeforeAll
    static void writeStore() throws IOException, EdtfException {
        List<Actor> actors = new ArrayList<>();
        for (String code : CAPITALS) {
            actors.add(new Actor(code.toLowerCase(), code, ActorKind.STATE, List.of(), code, null, List.of(), Extras.NONE));
        }
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < StoreLens.LIMIT + 500; i++) {
            events.add(event("long" + i, (2000 + i % 5) + "/" + (2010 + i % 3), i));
        }
        for (int day = 1; day <= 28; day++) {
            for (int hour = 0; hour < 24; hour += 6) {
                events.add(event("feb" + day + "-" + hour, String.format("2005-02-%02dT%02d:00:00Z", day, hour), day + hour));
            }
        }
        store = dir.resolve("long.duckdb");
        StoreWriter.write(store, new Dataset("Long and short", null, List.of(), actors, events, List.of(), Extras.NONE));
    }

    private static Event event(String id, String when, int i) throws EdtfException {
        List<Participant> two = List.of(new Participant(CAPITALS[i % 6].toLowerCase(), null),
                new Participant(CAPITALS[(i + 1 + i % 4) % 6].toLowerCase(), null));
        return new Event(id, "Talks " + id, Edtf.parse(when), "meeting", null, null, two, Double.NaN, List.of(), List.of(),
                List.of(), Extras.NONE);
    }

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @BeforeEach
    void openStore(FxRobot robot) throws TimeoutException {
        TestWindows.load(robot, window, state, LoadTask.file(store), LoadMode.STRICT);
    }

    @Test
    void theTableOfAWindowOfTooManyListsTheStoresFirstEventsAndOneClickedComesIntoView(FxRobot robot)
            throws TimeoutException {
        robot.clickOn(robot.lookup(".tab-label").match((Label l) -> "Events".equals(l.getText())).queryAs(Node.class));
        EventTableView table = robot.lookup((Node n) -> n instanceof EventTableView).queryAs(EventTableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getRowCount() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> ids = table.getRowEventIds();
        assertEquals(1_000, ids.size(), "a page of the store's events");
        assertTrue(ids.get(0).startsWith("long"), "the earliest first: " + ids.get(0));
        String note = robot.lookup(".store-partial").queryAs(Label.class).getText();
        assertTrue(note.startsWith("The first 1,000, from the store"), note);
        robot.clickOn(robot.lookup(".event-table .table-row-cell").nth(2).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.getSelection() instanceof Selection.OfEvent);
        String picked = ((Selection.OfEvent) state.getSelection()).eventId();
        assertEquals(ids.get(2), picked);
        assertTrue(state.getWindow().span() <= 3 * 86_400_000L, "the window narrows to the event: " + state.getWindow());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.getDataset().dataset().event(picked).isPresent()
                || state.getRecordsCover() != null);
    }

    @Test
    void aWeekShowsItsOwnEventsAndEveryViewSaysTheLongerOnesAreLeftOut(FxRobot robot)
            throws TimeoutException, EdtfException {
        TimeWindow week = new TimeWindow(Edtf.parse("2005-02-10").start(), Edtf.parse("2005-02-17").start());
        robot.interact(() -> {
            state.setWindow(week);
            state.setCursor(week.start() + week.span() / 2);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> state.holdsRecordsOf(week));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(state.getRecordsCover().isWhole());
        assertTrue(state.getDataset().dataset().event("feb12-6").isPresent(), "the week's own events are fetched");
        assertTrue(state.getDataset().dataset().events().stream().noneMatch(e -> e.id().startsWith("long")));
        robot.clickOn(robot.lookup(".tab-label").match((Label l) -> "Events".equals(l.getText())).queryAs(Node.class));
        String table = robot.lookup(".store-partial").queryAs(Label.class).getText();
        assertTrue(table.contains("lasting 7 days or less"), table);
        // At least the long events less the short ones ending nearby, which the day counts cannot tell apart.
        assertTrue(table.matches(".*The 60,[0-9]{3} or more longer events.*"), table);
        robot.clickOn("Both");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".map-note").tryQueryAs(Label.class)
                .map(Label::isVisible).orElse(false));
        String map = robot.lookup(".map-note").queryAs(Label.class).getText();
        assertTrue(map.contains("lasting 7 days or less"), map);
    }
}
