package org.entente.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.entente.index.IndexedDataset;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.model.Dataset;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.state.Selection;
import org.entente.state.ViewState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The event table on the seed, as a user meets it: the window's events, sorting, picking rows, export. */
@ExtendWith(ApplicationExtension.class)
class EventTableViewTest {
    private static final long DAY = 86_400_000L;
    private final ViewState state = new ViewState();
    private EventTableView view;
    private Dataset seed;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        view = new EventTableView(state);
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    @BeforeEach
    void showSeptemberAndOctober2025(FxRobot robot) throws IOException, TimeoutException {
        seed = new DatasetLoader(LoadMode.STRICT).load(Path.of("data/dprk-china-russia-2025.json")).dataset().orElseThrow();
        robot.interact(() -> {
            state.show(IndexedDataset.of(seed));
            state.setWindow(new TimeWindow(day(2025, 9, 1), day(2025, 10, 20)));
        });
        settled();
    }

    private static long day(int y, int m, int d) {
        return LocalDate.of(y, m, d).toEpochDay() * DAY;
    }

    /** Waits until the rows match the window and filter on show, computed in the background. */
    private void settled() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            TableView<?> table = (TableView<?>) view.lookup(".event-table");
            return table != null && table.getItems() != null && table.getItems().size() == view.getRowCount()
                    && view.getRowCount() == expectedRows();
        });
    }

    private int expectedRows() {
        return (int) seed.events().stream().filter(e -> state.getWindow().overlaps(e.when().start(), e.when().end()))
                .filter(e -> state.getFilter().matches(e, seed)).count();
    }

    /** In the side pane's width the columns that fit show, the title among them at a readable width; the rest come back as it widens. */
    @Test
    void aNarrowTableShowsTheColumnsThatFitTheTitleReadable(FxRobot robot) {
        TableView<?> table = robot.lookup(".event-table").queryAs(TableView.class);
        assertEquals(List.of("Date", "Title", "Kind", "Actors", "Place", "Tone", "Sources"), visibleColumns(table));

        robot.interact(() -> {
            view.getScene().getWindow().setWidth(560);
            view.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Date", "Title", "Place"), visibleColumns(table));
        assertTrue(table.getVisibleLeafColumn(1).getWidth() >= 240, "the title reads: " + table.getVisibleLeafColumn(1).getWidth());

        robot.interact(() -> {
            view.getScene().getWindow().setWidth(900);
            view.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, visibleColumns(table).size());
    }

    private static List<String> visibleColumns(TableView<?> table) {
        return table.getVisibleLeafColumns().stream().map(TableColumn::getText).toList();
    }

    @Test
    void theRowsAreTheWindowsEventsInTimeOrder(FxRobot robot) {
        List<String> ids = view.getRowEventIds();
        assertTrue(ids.contains("ev-beijing-parade-2025") && ids.contains("ev-li-qiang-visit-2025"), ids.toString());
        assertTrue(ids.indexOf("ev-beijing-parade-2025") < ids.indexOf("ev-li-qiang-visit-2025"), "September before October");
        assertTrue(!ids.contains("ev-korean-war"), "1950-53 is outside the window");
    }

    @Test
    void aFilterNarrowsTheRows(FxRobot robot) throws TimeoutException {
        robot.interact(() -> state.setFilter(Filter.NONE.withEventKinds(Set.of("parade"))));
        settled();
        assertEquals(List.of("ev-beijing-parade-2025", "ev-pyongyang-parade-2025"), view.getRowEventIds());
    }

    @Test
    void clickingAColumnHeaderSortsByIt(FxRobot robot) throws TimeoutException {
        robot.clickOn(robot.lookup(".column-header").match(h -> h.lookup(".label") != null
                && "Title".equals(((Label) h.lookup(".label")).getText())).queryAs(Node.class));
        settled();
        List<String> titles = view.getRowEventIds().stream().map(id -> seed.event(id).orElseThrow().title()).toList();
        // Case aside, character by character: a space before an apostrophe before a letter, as ICU orders them.
        Comparator<String> words = Comparator.comparing(title -> title.toLowerCase(Locale.ROOT));
        List<String> sorted = titles.stream().sorted(words).toList();
        assertEquals(sorted, titles);

        robot.interact(() -> state.setWindow(new TimeWindow(day(1940, 1, 1), day(2026, 1, 1))));
        settled();
        List<String> panned = view.getRowEventIds().stream().map(id -> seed.event(id).orElseThrow().title()).toList();
        assertTrue(panned.size() > titles.size(), "the wider window has more rows");
        assertEquals(panned.stream().sorted(words).toList(), panned, "the order chosen holds when the window moves");
    }

    @Test
    void rowsPickedTogetherAreSelectedInEveryViewAndASelectionElsewhereIsPickedHere(FxRobot robot) throws Exception {
        robot.interact(() -> state.select(Selection.event("ev-li-qiang-visit-2025")));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<Integer> table = (TableView<Integer>) view.lookup(".event-table");
        int liQiang = view.getRowEventIds().indexOf("ev-li-qiang-visit-2025");
        assertEquals(List.of(liQiang), List.copyOf(table.getSelectionModel().getSelectedIndices()), "followed from elsewhere");

        int parade = view.getRowEventIds().indexOf("ev-beijing-parade-2025");
        robot.interact(() -> table.getSelectionModel().selectIndices(parade));
        assertEquals(Selection.events(List.of("ev-li-qiang-visit-2025", "ev-beijing-parade-2025")).getClass(),
                state.getSelection().getClass());
        assertTrue(state.getSelection().includesEvent("ev-beijing-parade-2025")
                && state.getSelection().includesEvent("ev-li-qiang-visit-2025"), state.getSelection().toString());
    }

    @Test
    void theRowsShownExportAsCsvInTheirOrder(FxRobot robot) throws Exception {
        Path csv = dir.resolve("rows.csv");
        robot.interact(() -> ((EventTableSkin) view.getSkin()).writeCsv(seed, csv.toFile()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(csv));
        List<String> lines = Files.readAllLines(csv);
        assertEquals(view.getRowCount() + 1, lines.size(), "a header and one line a row");
        assertTrue(lines.get(1).startsWith(view.getRowEventIds().get(0) + ","), lines.get(1));
    }

    @Test
    void inATabNotSelectedTheTableComputesNothingUntilItIsShown(FxRobot robot) throws TimeoutException {
        EventTableView hidden = new EventTableView(state);
        Tab events = new Tab("Events", hidden);
        TabPane tabs = new TabPane(new Tab("Details", new Label("details")), events);
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(tabs, 900, 600));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, hidden.getRowCount(), "nothing computed behind the Details tab");

        robot.interact(() -> tabs.getSelectionModel().select(events));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return hidden.getRowCount() == expectedRows();
        });
        robot.interact(() -> tabs.getScene().getWindow().hide());
    }
}
