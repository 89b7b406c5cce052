package org.entente.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.entente.index.IndexedDataset;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.network.PairIndex;
import org.entente.network.PeriodComparison;
import org.entente.query.Comparison;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.state.Selection;
import org.entente.state.ViewState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The detail pane while September 2025 (A) is compared with October 2025 (B) on the seed dataset. */
@ExtendWith(ApplicationExtension.class)
class ComparisonSectionTest {
    private static final long DAY = 86_400_000L;
    private final ViewState state = new ViewState();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new DetailView(state), 700, 900));
        stage.show();
    }

    private static TimeWindow month(int month) {
        return new TimeWindow(LocalDate.of(2025, month, 1).toEpochDay() * DAY,
                LocalDate.of(2025, month + 1, 1).toEpochDay() * DAY);
    }

    /** The seed compared as the graph would compare it, handing the result to the view state. */
    @BeforeEach
    void compareSeptemberWithOctober(FxRobot robot) throws IOException {
        IndexedDataset seed = IndexedDataset.of(new DatasetLoader(LoadMode.STRICT)
                .load(Path.of("data/dprk-china-russia-2025.json")).dataset().orElseThrow());
        Comparison periods = new Comparison(month(9), month(10));
        PeriodComparison compared = PeriodComparison.of(PairIndex.of(seed.dataset(), Filter.NONE), seed.time(),
                periods.a(), periods.b());
        robot.interact(() -> {
            state.show(seed);
            state.setComparison(periods);
        });
        assertTrue(robot.lookup("Working out how each tie changed\u2026").tryQuery().isPresent(),
                "until the comparison is worked out the pane says so");
        robot.interact(() -> state.setComparedTies(compared));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The table's rows as text, cell by cell, header first. */
    private static List<String> row(GridPane table, int row) {
        return table.getChildren().stream().filter(n -> GridPane.getRowIndex(n) == row)
                .sorted((a, b) -> Integer.compare(GridPane.getColumnIndex(a), GridPane.getColumnIndex(b)))
                .map(n -> n instanceof Hyperlink link ? link.getText() : ((Label) n).getText()).toList();
    }

    @Test
    void withNothingSelectedThePaneListsTheLargestChangesFirstEachALinkToItsPair(FxRobot robot) {
        GridPane table = robot.lookup(".changes-table").queryAs(GridPane.class);
        assertEquals(List.of("Pair", "Change", "Interactions A \u2192 B", "Tone A \u2192 B"), row(table, 0));
        List<String> first = row(table, 1);
        assertEquals(List.of("China \u2013 Russia", "stronger", "2 \u2192 4", "-1.0 \u2192 +2.3"), first,
                "China and Russia dealt twice as often in October, and more warmly: the largest change");

        robot.clickOn("China \u2013 Russia");

        assertEquals(Selection.pair("chn", "rus"), state.getSelection());
    }

    @Test
    void theButtonsNarrowTheTableToOneKindOfChange(FxRobot robot) {
        robot.clickOn("17 appeared");

        GridPane table = robot.lookup(".changes-table").queryAs(GridPane.class);
        int rows = table.getRowCount() - 1;
        assertEquals(17, rows);
        for (int r = 1; r <= rows; r++) {
            assertEquals("appeared", row(table, r).get(1));
        }
    }

    @Test
    void aSelectedPairShowsItsCountsAndTonesInEachPeriodAndLeadsBackToAllChanges(FxRobot robot) {
        robot.interact(() -> state.select(Selection.pair("kim-jong-un", "li-qiang")));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("They dealt with each other in B and not in A.").tryQuery().isPresent());
        assertTrue(robot.lookup("0 interactions, mean tone \u2013").tryQuery().isPresent(), "none in September");
        assertTrue(robot.lookup("1 interaction, mean tone +4.0").tryQuery().isPresent(), "the anniversary in October");

        robot.clickOn(".all-changes");

        assertEquals(Selection.NOTHING, state.getSelection());
        assertTrue(robot.lookup(".changes-table").tryQuery().isPresent());
    }

    @Test
    void aSelectedActorShowsItsEventsInEachPeriodAndItsTiesThatChangedMost(FxRobot robot) {
        robot.interact(() -> state.select(Selection.actor("li-qiang")));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("0 events").tryQuery().isPresent(), "Li Qiang had none in September");
        assertTrue(robot.lookup("2 events").tryQuery().isPresent(), "and two in October: the visit and the anniversary");
        GridPane table = robot.lookup(".actor-comparison .changes-table").queryAs(GridPane.class);
        for (int r = 1; r < table.getRowCount(); r++) {
            assertTrue(row(table, r).get(0).contains("Li Qiang"), "only Li Qiang's ties: " + row(table, r));
            assertEquals("appeared", row(table, r).get(1), "all of them new in October");
        }
        assertTrue(table.getRowCount() > 2);
    }
}
