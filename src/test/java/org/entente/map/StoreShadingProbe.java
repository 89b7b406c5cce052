package org.entente.map;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.entente.bench.HeadlessToolkit;
import org.entente.network.GraphTimeMode;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.state.StoreLens;
import org.entente.state.ViewState;
import org.entente.store.DuckStore;
import org.entente.store.Records;
import org.entente.work.Workers;

/**
 * Times the map on a store, headless: from a change of the window (and with it the map's time) to a year,
 * or two, to the frame that shades the countries for it, by the store's counts when that time holds more
 * than the lens fetches, else by its events handed over; for times across the store, unfiltered and
 * filtered by a country; then the store's two questions for counts alone, on a quiet store. Its arguments:
 * the store, and how many times of each length to time.
 */
public final class StoreShadingProbe {
    private static final long DAY = 86_400_000L;
    private static final String SHADED = "Countries shaded by the store's counts of this time's ";

    private StoreShadingProbe() {
    }

    public static void main(String[] args) throws Exception {
        HeadlessToolkit.start();
        DuckStore store = DuckStore.open(Path.of(args[0]));
        int years = Integer.parseInt(args[1]);
        Records head = store.records(new TimeWindow(store.extent().minStart(), store.extent().maxEnd()), 0);
        ViewState state = new ViewState();
        MapView map = HeadlessToolkit.call(() -> {
            new StoreLens(state, Workers.single("entente-records"), Platform::runLater, StoreLens.LIMIT);
            MapView view = new MapView(state);
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1200, 760));
            stage.show();
            state.show(store, head.dataset());
            state.setGraphTimeMode(GraphTimeMode.VISIBLE_RANGE);
            return view;
        });
        int first = LocalDate.ofEpochDay(store.extent().minStart() / DAY).getYear() + 1;
        int last = LocalDate.ofEpochDay(store.extent().maxEnd() / DAY).getYear() - 2;
        for (int span : new int[] {1, 2}) {
            List<TimeWindow> windows = new ArrayList<>();
            for (int i = 0; i < years; i++) {
                // Starting mid-month, as a zoom leaves a window, so that the store counts parts of months too.
                long start = LocalDate.of(first + i * (last - first) / Math.max(1, years - 1), 3, 17).toEpochDay() * DAY;
                windows.add(new TimeWindow(start, start + span * 365 * DAY));
            }
            for (Filter filter : List.of(Filter.NONE, Filter.NONE.withCountries(Set.of("USA")))) {
                String name = String.format(Locale.ROOT, "%d-year time, %s", span, filter.isEmpty() ? "unfiltered" : "filtered by USA");
                HeadlessToolkit.call(() -> {
                    state.setFilter(filter);
                    return null;
                });
                frame(state, map, new TimeWindow(store.extent().minStart(), store.extent().maxEnd()));
                List<Double> counts = new ArrayList<>();
                List<Double> records = new ArrayList<>();
                List<Integer> events = new ArrayList<>();
                for (TimeWindow window : windows) {
                    double[] millis = frame(state, map, window);
                    counts.add(millis[0]);
                    records.add(millis[1]);
                    events.add(store.count(filter, window));
                }
                List<Double> questions = new ArrayList<>();
                for (TimeWindow window : windows) {
                    long t0 = System.nanoTime();
                    store.countries(filter, window);
                    store.count(filter, window);
                    questions.add((System.nanoTime() - t0) / 1e6);
                }
                System.out.println(name + ": events " + events);
                System.out.println(name + ": window change to frame shaded by counts " + summary(counts));
                System.out.println(name + ": window change to frame shaded by events " + summary(records));
                System.out.println(name + ": countries + count alone      " + summary(questions));
            }
        }
        System.exit(0);
    }

    /**
     * Moves the window to {@code window} and times, in milliseconds, the first frame that shades the
     * countries by the store's counts of it, and the first that shades them by its events handed over
     * (NaN for either that does not come: no counts are asked when the records held cover the window, no
     * records come when it holds too many). Checked at each pulse after the map's own frame.
     */
    private static double[] frame(ViewState state, MapView map, TimeWindow window) throws InterruptedException {
        String counted = SHADED + String.format(Locale.ROOT, "%,d events", state.getStore().count(state.getFilter(), window));
        CountDownLatch done = new CountDownLatch(1);
        double[] millis = {Double.NaN, Double.NaN};
        MapSkin skin = (MapSkin) map.getSkin();
        Label note = (Label) map.lookup(".map-note");
        Object[] before = new Object[1];
        long[] start = new long[1];
        AnimationTimer watch = new AnimationTimer() {
            @Override
            public void handle(long now) {
                double elapsed = (System.nanoTime() - start[0]) / 1e6;
                if (Double.isNaN(millis[0]) && note.isVisible() && note.getText().startsWith(counted)) {
                    millis[0] = elapsed;
                }
                if (state.holdsRecordsOf(window) && !note.isVisible() && skin.data() != null
                        && skin.data().indexed() == state.getDataset() && skin.picture() != before[0]) {
                    millis[1] = elapsed;
                }
                boolean noRecords = !state.isRecordsComing() && !state.holdsRecordsOf(window);
                if (!Double.isNaN(millis[1]) || !Double.isNaN(millis[0]) && noRecords || elapsed > 60_000) {
                    stop();
                    done.countDown();
                }
            }
        };
        HeadlessToolkit.call(() -> {
            before[0] = skin.picture();
            start[0] = System.nanoTime();
            state.setWindow(window);
            watch.start();
            return null;
        });
        done.await();
        Thread.sleep(300);
        return millis;
    }

    /** The median, least and most of the times that came, and every time ("-" where none came). */
    private static String summary(List<Double> millis) {
        List<Double> sorted = millis.stream().filter(m -> !m.isNaN()).sorted().toList();
        String all = millis.stream().map(m -> m.isNaN() ? "-" : String.format(Locale.ROOT, "%.0f", m)).toList().toString();
        return sorted.isEmpty() ? "none " + all : String.format(Locale.ROOT, "median %.0f ms, min %.0f, max %.0f over %d: %s",
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size(), all);
    }
}
