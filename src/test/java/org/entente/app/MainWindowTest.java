package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.entente.index.IndexedDataset;
import org.entente.io.LoadMode;
import org.entente.model.Dataset;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.state.ViewState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.controlsfx.control.StatusBar;
import org.entente.generate.DatasetGenerator;
import org.entente.generate.GeneratorOptions;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final Path SEED = Path.of("data/dprk-china-russia-2025.json");

    private final Preferences preferences = TestWindows.scratchPreferences();
    private ViewState state;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        state = new ViewState();
        window = TestWindows.show(stage, state, preferences, 1200, 800);
    }

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        preferences.removeNode();
    }

    private void openAndWait(FxRobot robot, Path file, LoadMode mode) throws TimeoutException {
        robot.interact(() -> window.open(LoadTask.file(file), mode));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.loading().runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void openingTheSeedDatasetShowsWhatWasLoaded(FxRobot robot) throws TimeoutException {
        openAndWait(robot, SEED, LoadMode.STRICT);

        IndexedDataset shown = state.getDataset();
        assertEquals(shown.dataset().title(), robot.lookup(".detail-view .detail-title").queryAs(Label.class).getText(),
                "with nothing selected, the detail pane shows the dataset");
        int inView = shown.time().countOverlapping(state.getWindow().start(), state.getWindow().end());
        assertTrue(robot.lookup(".events-in-view").queryAs(Label.class).getText()
                        .startsWith(inView + " of 23 events in view"), "the status bar counts the events in view");
        assertEquals(false, robot.lookup(".problems-pane").query().isVisible(), "a clean file shows no problems");
    }

    private Dataset openSample(FxRobot robot, SampleDatasets.Sample sample) throws TimeoutException {
        IndexedDataset before = state.getDataset();
        robot.interact(() -> TestWindows.menuItem(robot, sample.title()).fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> window.loading().runningProperty().get() == null && state.getDataset() != before);
        WaitForAsyncUtils.waitForFxEvents();
        return state.getDataset().dataset();
    }

    @Test
    void fileOpenSampleOpensTheOfficeOfTheHistoriansCompressedDatasetAndTheSeed(FxRobot robot) throws TimeoutException {
        Dataset travels = openSample(robot, SampleDatasets.ALL.get(1));

        assertEquals("U.S. diplomatic travels and visits (Office of the Historian)", travels.title());
        assertEquals(7535, travels.events().size());
        assertEquals(false, robot.lookup(".problems-pane").query().isVisible(), "the bundled dataset loads clean");
        assertEquals(null, window.loadedFileProperty().get(), "a dataset inside the app is no file to reopen");

        Dataset seed = openSample(robot, SampleDatasets.ALL.get(0));
        assertEquals("North Korea, China and Russia, September–October 2025", seed.title());
    }

    @Test
    void theStatusBarCountsOnlyTheEventsTheFilterLeaves(FxRobot robot) throws TimeoutException {
        openAndWait(robot, SEED, LoadMode.STRICT);
        Dataset dataset = state.getDataset().dataset();
        Filter visits = Filter.NONE.withEventKinds(Set.of("official-visit"));
        long expected = dataset.events().stream().filter(e -> visits.matches(e, dataset)).count();
        assertTrue(expected > 0 && expected < 23, "the seed has some official visits, not only: " + expected);
        // The whole seed in view, from 1900 to 2100, so that only the filter narrows the count.
        robot.interact(() -> state.setWindow(new TimeWindow(-2_208_988_800_000L, 4_102_444_800_000L)));

        robot.interact(() -> state.setFilter(visits));
        assertStatusStartsWith(robot, expected + " of 23 events in view");

        robot.interact(() -> state.setFilter(Filter.NONE.withTags(Set.of("no-event-has-this-tag"))));
        assertStatusStartsWith(robot, "0 of 23 events in view");

        robot.interact(() -> state.setFilter(Filter.NONE));
        assertStatusStartsWith(robot, "23 of 23 events in view");
    }

    private static void assertStatusStartsWith(FxRobot robot, String start) throws TimeoutException {
        Label label = robot.lookup(".events-in-view").queryAs(Label.class);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> label.getText().startsWith(start));
        } catch (TimeoutException e) {
            throw new AssertionError("expected the status bar to start with \"" + start + "\" but it reads \"" + label.getText() + "\"", e);
        }
    }

    @Test
    void aMalformedFileListsItsProblemsAndTheShownDatasetStays(FxRobot robot) throws TimeoutException {
        openAndWait(robot, SEED, LoadMode.STRICT);
        IndexedDataset before = state.getDataset();

        openAndWait(robot, Path.of("src/test/resources/corpus/bad/unknown-actor.json"), LoadMode.STRICT);

        assertSame(before, state.getDataset());
        ListView<?> problems = robot.lookup(".problems-pane .list-view").queryAs(ListView.class);
        assertEquals(1, problems.getItems().size());
        assertTrue(robot.lookup(".problems-pane").query().isVisible());
        assertTrue(robot.lookup(".problems-pane .list-cell").match(LabeledMatchers.hasText(
                "13:71  error  unknown actor \"a9\": no actor in /actors has this id  (at /events/0/participants/1/actor)"))
                .tryQuery().isPresent(), "the problem is listed with its line:column and JSON path");

        robot.clickOn("Load the valid records anyway");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.getDataset() != before);
        assertEquals("Corpus", state.getDataset().dataset().title());
        assertEquals(0, state.getDataset().dataset().events().size(), "the event with the bad reference was skipped");
    }

    @Test
    void aLargeLoadShowsProgressAndCancelKeepsTheShownDataset(FxRobot robot, @TempDir Path dir) throws Exception {
        openAndWait(robot, SEED, LoadMode.STRICT);
        IndexedDataset before = state.getDataset();
        Path big = dir.resolve("big.json");
        try (var out = java.nio.file.Files.newOutputStream(big)) {
            new DatasetGenerator().write(new GeneratorOptions(150_000, 500, 3), out);
        }

        robot.interact(() -> window.open(LoadTask.file(big), LoadMode.STRICT));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup(".status-bar").queryAs(StatusBar.class).getProgress() > 0);
        robot.clickOn(".cancel-load");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.loading().runningProperty().get() == null);
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();

        assertSame(before, state.getDataset(), "a cancelled load leaves the shown dataset in place");
    }
}
