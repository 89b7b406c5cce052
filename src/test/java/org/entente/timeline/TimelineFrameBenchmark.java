package org.entente.timeline;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javafx.scene.canvas.Canvas;
import javafx.scene.text.Font;
import org.entente.bench.CanvasFrames;
import org.entente.bench.HeadlessToolkit;
import org.entente.bench.LoadedDatasets;
import org.entente.index.IndexedDataset;
import org.entente.lanes.LaneGeometry;
import org.entente.lanes.LaneMode;
import org.entente.lanes.Lanes;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.state.Selection;
import org.entente.state.ViewState;
import org.entente.strata.ColorMode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One timeline frame on a large dataset at a given zoom and grouping: the preparation (layout, density,
 * label placement and the drawing calls into the canvas's command buffer), and alongside it a full frame
 * that is also rendered by the software pipeline and read back as a snapshot.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TimelineFrameBenchmark {
    static final double WIDTH = 1600;
    static final double HEIGHT = 700;
    private static final long DAY = 86_400_000L;

    @Param("")
    public String dataset;

    /** The visible span: the whole dataset, a year, a month, a week or a day. */
    @Param({"ALL", "YEAR", "MONTH", "WEEK", "DAY"})
    public String zoom;

    /**
     * One lane, lanes by actor from the most active (whose lanes are dense at every zoom), and lanes by
     * actor scrolled to the less active ones, where events are laid out and labelled one by one.
     */
    @Param({"NONE", "ACTOR", "ACTOR_TAIL"})
    public String lanes;

    private TimelinePainter painter;
    private Canvas canvas;
    private TimelineFrame frame;

    private static final Map<String, Lanes> LANES = new ConcurrentHashMap<>();

    @Setup(Level.Trial)
    public void setUp() throws InterruptedException {
        HeadlessToolkit.start();
        IndexedDataset data = LoadedDatasets.get(dataset);
        LaneMode mode = lanes.equals("NONE") ? LaneMode.NONE : LaneMode.ACTOR;
        Lanes built = LANES.computeIfAbsent(dataset + "#" + mode, key -> Lanes.build(data, Filter.NONE, mode, ColorMode.KIND));
        LaneGeometry geometry = new LaneGeometry(built, Set.of(),
                HEIGHT - TimelineFrame.AXIS_HEIGHT - TimelineFrame.OVERVIEW_HEIGHT);
        double scrollY = lanes.equals("ACTOR_TAIL") ? geometry.top(geometry.count() * 3 / 4) : 0;
        TimeWindow all = ViewState.fitAll(data.time());
        long middle = data.time().startAt(data.time().size() / 2);
        long span = switch (zoom) {
            case "YEAR" -> 365 * DAY;
            case "MONTH" -> 30 * DAY;
            case "WEEK" -> 7 * DAY;
            case "DAY" -> DAY;
            default -> all.span();
        };
        TimeWindow window = zoom.equals("ALL") ? all : new TimeWindow(middle - span / 2, middle + span / 2);
        frame = new TimelineFrame(WIDTH, HEIGHT, built, geometry, scrollY, window, middle, data.dataset(),
                Selection.NOTHING, -1, -1, ColorMode.KIND, palette(), all, data.stats().finest(), LaneSelection.NONE,
                null, null, null, List.of());
        canvas = new Canvas(WIDTH, HEIGHT);
        painter = new TimelinePainter(Font.font("System", 12));
    }

    static TimelinePalette palette() {
        return new TimelinePalette(CanvasFrames.distinctColours(TimelinePalette.Role.class));
    }

    /** Layout, density, label placement and drawing calls: what the UI thread does for a frame. */
    @Benchmark
    public Canvas prepareFrame() {
        painter.paint(canvas.getGraphicsContext2D(), frame);
        return canvas;
    }

    /** The same frame rendered by the software pipeline and read back, on the FX thread. */
    @Benchmark
    public Object fullFrameSnapshot() throws InterruptedException {
        return CanvasFrames.rendered(canvas, () -> painter.paint(canvas.getGraphicsContext2D(), frame));
    }
}
