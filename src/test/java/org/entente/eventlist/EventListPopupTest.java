package org.entente.eventlist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.effect.DropShadow;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.entente.index.IndexedDataset;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.state.Selection;
import org.entente.state.ViewState;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.entente.time.When;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The list a timeline badge opens, as a user meets it: its rows, sorting, picking rows, closing it, a large one. */
@ExtendWith(ApplicationExtension.class)
class EventListPopupTest {
    /** The seed's first twelve events, in file order: not in the order of any column. */
    private static final int[] TWELVE = IntStream.range(0, 12).toArray();

    private final ViewState state = new ViewState();
    private Label badge;
    private Dataset seed;
    private EventListPopup popup;

    @Start
    void start(Stage stage) {
        badge = new Label("+12 more");
        Scene scene = new Scene(new StackPane(badge), 900, 600);
        scene.getStylesheets().add(EventListPopupTest.class.getResource("/org/entente/app/entente.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @BeforeEach
    void showTheSeed(FxRobot robot) throws IOException {
        seed = new DatasetLoader(LoadMode.STRICT).load(Path.of("data/dprk-china-russia-2025.json")).dataset().orElseThrow();
        robot.interact(() -> state.show(IndexedDataset.of(seed)));
    }

    @AfterEach
    void close(FxRobot robot) {
        if (popup != null) {
            robot.interact(popup::hide);
        }
    }

    /** Opens the list just below the badge, as the timeline does. */
    private void open(FxRobot robot, String heading, int[] positions) {
        robot.interact(() -> {
            Bounds below = badge.localToScreen(badge.getBoundsInLocal());
            popup = EventListPopup.show(badge, below.getMinX(), below.getMaxY(), state, heading, positions);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<Integer> table() {
        return (TableView<Integer>) popup.getList().lookup(".event-list");
    }

    private TableRow<?> row(FxRobot robot, int index) {
        return robot.from(table()).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getIndex() == index && !r.isEmpty()).findFirst().orElseThrow();
    }

    private void clickHeading(FxRobot robot, String title) {
        robot.clickOn(robot.from(table()).lookup(".column-header").match(h -> h.lookup(".label") != null
                && title.equals(((Label) h.lookup(".label")).getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> titles(int[] positions) {
        return IntStream.of(positions).mapToObj(p -> seed.events().get(p).title()).toList();
    }

    @Test
    void itListsTheGivenEventsInTheirOrderUnderTheHeadingBelowTheBadge(FxRobot robot) {
        open(robot, "12 events on 1 Sep 2025", TWELVE);
        assertTrue(popup.isShowing());
        assertTrue(popup.getList().getStyleClass().contains("event-list-popup"));
        assertEquals(12, table().getItems().size());
        assertArrayEquals(TWELVE, popup.getList().getRowPositions());
        assertEquals("12 events on 1 Sep 2025", robot.from(popup.getList()).lookup(".event-list-heading")
                .queryAs(Label.class).getText());
        assertTrue(robot.from(row(robot, 0)).lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .anyMatch(cell -> seed.events().get(0).title().equals(cell.getText())), "the rows show the events' titles");
        Bounds badgeOnScreen = badge.localToScreen(badge.getBoundsInLocal());
        assertEquals(badgeOnScreen.getMaxY(), popup.getY(), 1, "just below the badge");
        assertEquals(EventListPopup.WIDTH, popup.getList().getWidth(), 1);
        assertEquals(EventListPopup.HEIGHT, popup.getList().getHeight(), 1);
        assertTrue(popup.getList().getEffect() instanceof DropShadow, "the app's stylesheet reaches the popup");
    }

    @Test
    void clickingAColumnHeadingSortsByItThenTheOtherWayThenNot(FxRobot robot) {
        open(robot, "12 events", TWELVE);
        Collator words = Collator.getInstance(Locale.ROOT);
        words.setStrength(Collator.PRIMARY);
        List<String> ascending = titles(TWELVE).stream().sorted(words).toList();

        clickHeading(robot, "Title");
        assertEquals(ascending, titles(popup.getList().getRowPositions()));
        assertEquals("Beijing military parade for the 80th anniversary of the end of World War II",
                titles(popup.getList().getRowPositions()).get(0));

        // Long enough after a click not to make a double click of the next.
        robot.sleep(800);
        clickHeading(robot, "Title");
        List<String> descending = new ArrayList<>(ascending);
        descending.sort(words.reversed());
        assertEquals(descending, titles(popup.getList().getRowPositions()));

        robot.sleep(800);
        clickHeading(robot, "Title");
        assertArrayEquals(TWELVE, popup.getList().getRowPositions(), "sorted by no column, the order given");
    }

    @Test
    void clickingARowSelectsItsEventAndRowsPickedTogetherSelectThemAll(FxRobot robot) {
        open(robot, "12 events", TWELVE);
        robot.clickOn(row(robot, 3));
        assertEquals(Selection.event(seed.events().get(3).id()), state.getSelection());
        assertTrue(popup.isShowing(), "it stays open for the next pick");

        robot.press(KeyCode.SHORTCUT).clickOn(row(robot, 5)).release(KeyCode.SHORTCUT);
        assertEquals(Selection.events(List.of(seed.events().get(3).id(), seed.events().get(5).id())), state.getSelection());
    }

    @Test
    void escapeClosesItStraightAfterItOpens(FxRobot robot) {
        open(robot, "12 events", TWELVE);
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(popup.isShowing());
    }

    @Test
    void aClickOutsideClosesIt(FxRobot robot) {
        open(robot, "12 events", TWELVE);
        Bounds badgeOnScreen = badge.localToScreen(badge.getBoundsInLocal());
        robot.clickOn(badgeOnScreen.getMinX() - 150, badgeOnScreen.getMinY() - 150);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(popup.isShowing());
    }

    @Test
    void anotherDatasetEmptiesIt(FxRobot robot) {
        open(robot, "12 events", TWELVE);
        robot.interact(() -> state.show(IndexedDataset.of(many(3))));
        assertEquals(0, table().getItems().size(), "the positions were the seed's");
    }

    @Test
    void twoHundredThousandEventsOpenAtOnceWithCellsOnlyForTheRowsInViewAndSortInTheBackground(FxRobot robot)
            throws TimeoutException {
        Dataset large = many(200_000);
        robot.interact(() -> state.show(IndexedDataset.of(large)));
        // Latest first, so that sorting by date must reverse them all.
        int[] latestFirst = IntStream.range(0, large.events().size()).map(i -> large.events().size() - 1 - i).toArray();
        long start = System.nanoTime();
        open(robot, "200,000 events", latestFirst);
        long openMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200_000, table().getItems().size());
        int cells = robot.from(table()).lookup(".table-row-cell").queryAll().size();
        assertTrue(cells > 0 && cells < 60, cells + " rows built for a list 360 pixels high");
        assertTrue(openMillis < 3_000, "opened in " + openMillis + " ms");

        robot.interact(() -> {
            table().getSortOrder().setAll(table().getColumns().get(0));
            assertEquals(latestFirst[0], popup.getList().getRowPositions()[0], "the rows keep their order while sorting");
            assertEquals("Sorting\u2026", robot.from(popup.getList()).lookup(".event-list-status").queryAs(Label.class)
                    .getText());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> popup.getList().getRowPositions()[0] == 0);
        int[] rows = popup.getList().getRowPositions();
        assertTrue(IntStream.range(1, rows.length).allMatch(i -> Comparator.<Long>naturalOrder().compare(
                large.events().get(rows[i - 1]).when().start(), large.events().get(rows[i]).when().start()) <= 0));
    }

    /** A dataset of {@code count} events, a thousand a day from 1 January 2018, titled by number. */
    @Test
    void aListOfEventsWithoutKindsLeavesOutTheKindColumn(FxRobot robot) {
        List<Event> untyped = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            untyped.add(new Event("u" + i, "Untyped " + i, date("2018-06-01"), null, null, null, List.of(), 1.0,
                    List.of(), List.of(), List.of(), Extras.NONE));
        }
        robot.interact(() -> state.show(IndexedDataset.of(
                new Dataset("Untyped", null, List.of(), List.of(), untyped, List.of(), Extras.NONE))));
        open(robot, "3 events on 1 Jun 2018", new int[] {0, 1, 2});
        assertTrue(table().getColumns().stream().noneMatch(c -> c.isVisible() && c.getText().equals("Kind")));

        robot.interact(() -> popup.getList().setPositions(new int[0]));
        robot.interact(() -> state.show(IndexedDataset.of(seed)));
        open(robot, "12 events on 1 Sep 2025", TWELVE);
        assertTrue(table().getColumns().stream().anyMatch(c -> c.isVisible() && c.getText().equals("Kind")));
    }

    private static Dataset many(int count) {
        List<Event> events = new ArrayList<>(count);
        When day = null;
        for (int i = 0; i < count; i++) {
            if (i % 1000 == 0) {
                day = date(java.time.LocalDate.of(2018, 1, 1).plusDays(i / 1000).toString());
            }
            events.add(new Event("e" + i, "Event " + i, day, "meet", null, null, List.of(), Double.NaN, List.of(),
                    List.of(), List.of(), Extras.NONE));
        }
        return new Dataset("Many", null, List.of(), List.of(), events, List.of(), Extras.NONE);
    }

    private static When date(String text) {
        try {
            return Edtf.parse(text);
        } catch (EdtfException e) {
            throw new IllegalStateException(e);
        }
    }
}
