package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.entente.io.LoadMode;
import org.entente.model.Event;
import org.entente.query.TimeWindow;
import org.entente.state.ViewState;
import org.entente.timeline.TimelineView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The bundled seed opens on its 2025 events, spread over the timeline, not on 1943-2028 with them in a
 * strip; its cursor's date never claims more precision than its dates have.
 */
@ExtendWith(ApplicationExtension.class)
class OpeningViewTest {
    private static final long YEAR_2025 = LocalDate.of(2025, 1, 1).toEpochDay() * 86_400_000L;

    private final ViewState state = new ViewState();
    private final Preferences preferences = TestWindows.scratchPreferences();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, state, preferences, 1400, 900);
    }

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        preferences.removeNode();
    }

    @Test
    void theSeedOpensOnItsDenseYearWithTheTimelinesWidthInUse(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.open(LoadTask.bundled(EntenteApp.BUNDLED_DATASET), LoadMode.STRICT));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.loading().runningProperty().get() == null && state.getDataset() != null);
        WaitForAsyncUtils.waitForFxEvents();

        TimeWindow opened = state.getWindow();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Event event : state.getDataset().dataset().events()) {
            long start = event.when().start();
            if (start >= YEAR_2025) {
                assertTrue(opened.contains(start), event.id() + " starts outside " + opened);
                first = Math.min(first, start);
                last = Math.max(last, start);
            }
        }
        assertTrue(last - first > 0.8 * opened.span(), "the 2025 events spread over most of the width: " + opened);
        assertTrue(opened.span() < 2 * 365 * 86_400_000L, "the window is about 2025, not decades: " + opened);
        assertTrue(opened.contains(state.getCursor()), "the cursor is in view");

        TimelineView timeline = robot.lookup(".timeline-view").queryAs(TimelineView.class);
        Point2D september = timeline.locate("ev-beijing-parade-2025").orElseThrow();
        Point2D october = timeline.locate("ev-li-qiang-visit-2025").orElseThrow();
        assertTrue(october.getX() - september.getX() > 0.05 * timeline.getWidth(),
                "September and October 2025 are drawn apart, not in a strip");

        long cursor = state.getCursor() + 11 * 3_600_000L + 16 * 60_000L;
        robot.interact(() -> {
            state.setWindow(new TimeWindow(cursor - 1_800_000L, cursor + 1_800_000L));
            state.setCursor(cursor);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("10 Oct 2025", robot.lookup(".cursor-date").queryAs(Label.class).getText(),
                "zoomed in to minutes, day-precision data still shows only the day");
    }
}
