package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.entente.index.IndexedDataset;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.seed.Seed;
import org.entente.state.RecordsCover;
import org.entente.state.ViewState;
import org.entente.store.EventStore;
import org.entente.store.MemoryStore;
import org.entente.store.ObservedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status bar over a store counts the events in view by a question of its own: once the window has
 * stopped moving, so that a zoom's steps do not each take the cores from the views' questions, and not
 * again when only the records the views fetched arrive.
 */
@ExtendWith(ApplicationExtension.class)
class StatusTextTest {
    private static final long DAY = 86_400_000L;

    private final ViewState state = new ViewState();
    private final AtomicInteger counts = new AtomicInteger();
    private Label label;

    @Start
    void start(Stage stage) {
        StatusBar bar = new StatusBar();
        new StatusText(state, bar);
        stage.setScene(new Scene(bar, 900, 60));
        stage.show();
        label = (Label) bar.getLeftItems().get(0);
    }

    @Test
    void aStoreIsCountedOnceTheWindowStopsAndNotAgainForItsRecords(FxRobot robot) throws IOException, TimeoutException {
        EventStore store = ObservedStore.counting(new MemoryStore(IndexedDataset.of(Seed.load())), "count", counts);
        TimeWindow all = new TimeWindow(store.extent().minStart(), store.extent().maxEnd());
        robot.interact(() -> state.show(store, store.records(all, 0).dataset()));
        awaitStatus(store.count(Filter.NONE, state.getWindow()) + " of 23 events in view");
        int asked = counts.get();

        TimeWindow window = state.getWindow();
        robot.interact(() -> state.showRecords(IndexedDataset.of(store.records(window, 1_000).dataset()),
                RecordsCover.whole(window)));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertEquals(asked, counts.get(), "the records arriving change no count");

        TimeWindow last = new TimeWindow(window.start() + 20 * DAY, window.end() - 20 * DAY);
        robot.interact(() -> {
            for (int step = 1; step <= 20; step++) {
                state.setWindow(new TimeWindow(window.start() + step * DAY, window.end() - step * DAY));
            }
        });
        awaitStatus(store.count(Filter.NONE, last) + " of 23 events in view");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertEquals(asked + 1 + 1, counts.get(), "twenty steps asked the store once (and the test once)");
    }

    private void awaitStatus(String start) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> label.getText().startsWith(start));
        } catch (TimeoutException e) {
            throw new AssertionError("expected the status to start with \"" + start + "\": " + label.getText(), e);
        }
    }
}
