package org.entente.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.entente.index.IndexedDataset;
import org.entente.index.TimeIndex;
import org.entente.model.Citation;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Source;
import org.entente.state.ViewState;
import org.entente.store.MemoryStore;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.entente.query.TimeWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Over a store, each move of the window brings the records of the new one; with nothing selected only the
 * sources they cite change, and the dataset's section shows them in the rows it has, where the reader left
 * it, instead of building itself anew at the top.
 */
@ExtendWith(ApplicationExtension.class)
class DatasetSectionStoreTest {
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);

    private final ViewState state = new ViewState();
    private final MemoryStore store = new MemoryStore(IndexedDataset.of(citingOneSourceADay(400)));

    DatasetSectionStoreTest() throws EdtfException {
    }

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new DetailView(state), 600, 360));
        stage.show();
    }

    @Test
    void anotherWindowsRecordsShowTheirSourcesInTheRowsOnShowWhereTheReaderLeftThem(FxRobot robot) {
        robot.interact(() -> {
            state.show(store, store.records(new TimeWindow(store.extent().minStart(), store.extent().maxEnd()), 0).dataset());
            state.showRecords(records(0, 100), null);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> rows = robot.lookup(".dataset-detail .detail-events").queryAs(ListView.class);
        assertEquals(100, rows.getItems().size());
        ScrollPane scroll = robot.lookup(".detail-scroll").queryAs(ScrollPane.class);
        assertTrue(scroll.getContent().getLayoutBounds().getHeight() > scroll.getViewportBounds().getHeight() + 100,
                "the section is taller than the pane, so that where the reader is matters");
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        robot.interact(() -> state.showRecords(records(200, 350), null));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(rows, robot.lookup(".dataset-detail .detail-events").queryAs(ListView.class), "the same rows");
        assertEquals(150, rows.getItems().size(), "the new window's sources");
        assertEquals("s200", ((Source) rows.getItems().get(0)).id());
        assertEquals(scroll.getVmax(), scroll.getVvalue(), 1e-9, "where the reader left it");
        List<String> muted = robot.lookup(".dataset-detail .detail-muted").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(muted.contains("150 sources cited by the events fetched from the store:"), muted::toString);
    }

    private IndexedDataset records(int fromDay, int toDay) {
        TimeWindow window = new TimeWindow(day(fromDay), day(toDay));
        Dataset fetched = store.records(window, Long.MAX_VALUE, 1_000).dataset();
        return new IndexedDataset(fetched, TimeIndex.of(fetched.events()), store.stats());
    }

    private static long day(int day) {
        return FIRST.plusDays(day).toEpochDay() * 86_400_000L;
    }

    private static Dataset citingOneSourceADay(int days) throws EdtfException {
        List<Source> sources = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            sources.add(new Source("s" + i, "Wire story " + i, "Agency", null, "https://example.org/" + i, null, Extras.NONE));
            events.add(new Event("e" + i, "Talks " + i, Edtf.parse(FIRST.plusDays(i).toString()), "meeting", null, null,
                    List.of(), Double.NaN, List.of(), List.of(), List.of(new Citation("s" + i, null, null, 0)), Extras.NONE));
        }
        return new Dataset("A source a day", null, sources, List.of(), events, List.of(), Extras.NONE);
    }
}
