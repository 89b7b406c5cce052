package org.entente.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.text.Font;
import org.entente.bench.HeadlessToolkit;
import org.entente.index.IndexedDataset;
import org.entente.lanes.LaneGeometry;
import org.entente.lanes.LaneMode;
import org.entente.lanes.Lanes;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.state.Selection;
import org.entente.state.ViewState;
import org.entente.strata.ColorMode;
import org.junit.jupiter.api.Test;

/**
 * A frame's cost follows what is on screen: ten times the events, with the same ones in view, must not
 * mean more allocation per frame.
 */
class FrameAllocationTest {
    private static final long DAY = 86_400_000L;

    /** 20,000 events over 2010–2019, and {@code elsewhere} more in the 1950s, out of every window tested. */
    private static Dataset spread(int elsewhere) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            events.add(TimelineViewTest.event("e" + i, java.time.LocalDate.of(2010, 1, 1).plusDays(i * 3650L / 20_000).toString()));
        }
        for (int i = 0; i < elsewhere; i++) {
            events.add(TimelineViewTest.event("x" + i, java.time.LocalDate.of(1950, 1, 1).plusDays(i * 3650L / elsewhere).toString()));
        }
        return new Dataset("Spread", null, List.of(), List.of(), events, List.of(), Extras.NONE);
    }

    /** Bytes allocated by this thread for one frame, after warming up the same frame. */
    private static long bytesPerFrame(Dataset dataset, TimeWindow window) {
        IndexedDataset data = IndexedDataset.of(dataset);
        Lanes lanes = Lanes.build(data, Filter.NONE, LaneMode.NONE, ColorMode.KIND);
        LaneGeometry geometry = new LaneGeometry(lanes, Set.of(), 500);
        TimelineFrame frame = new TimelineFrame(1200, 600, lanes, geometry, 0, window, window.start(), dataset,
                Selection.NOTHING, -1, -1, ColorMode.KIND, TimelineFrameBenchmark.palette(), ViewState.fitAll(data.time()),
                data.stats().finest(), LaneSelection.NONE, null, null, null, List.of());
        Canvas canvas = new Canvas(1200, 600);
        TimelinePainter painter = new TimelinePainter(Font.font("System", 12));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 50; i++) {
            painter.paint(canvas.getGraphicsContext2D(), frame);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        int frames = 50;
        for (int i = 0; i < frames; i++) {
            painter.paint(canvas.getGraphicsContext2D(), frame);
        }
        return (threads.getCurrentThreadAllocatedBytes() - before) / frames;
    }

    @Test
    void allocationPerFrameDoesNotGrowWithTheDataset() throws Exception {
        HeadlessToolkit.start();
        long from = java.time.LocalDate.of(2015, 3, 1).toEpochDay() * DAY;
        for (long span : new long[] {20 * DAY, 1500 * DAY}) {
            TimeWindow window = new TimeWindow(from, from + span);
            long small = bytesPerFrame(spread(0), window);
            long large = bytesPerFrame(spread(180_000), window);
            assertTrue(large < small * 1.2 + 4 * 1024,
                    "span " + span / DAY + " days: " + small + " bytes per frame at 20k events, " + large + " at 200k");
        }
    }
}
