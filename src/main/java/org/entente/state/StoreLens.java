package org.entente.state;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.entente.index.IndexedDataset;
import org.entente.index.TimeIndex;
import org.entente.query.TimeWindow;
import org.entente.store.EventStore;
import org.entente.store.Records;
import org.entente.work.LatestJob;

/**
 * Keeps the records of the window on show in memory while a store is shown, so that every view can show
 * them one by one. Each time the window moves past the records held, it asks the store in the background
 * for the records of a window twice as wide (so that panning and scrubbing nearby need nothing new), or of
 * the window alone when the wider one holds too many, and shows them. When the window holds more than the
 * limit, the timeline draws the store's counts, and the lens fetches the records of the actor graph's time
 * instead (the graph and the map show that stretch), when it holds few enough; failing both, the records
 * give way to none, so that no view shows a part of its time as if it were all of it. A store that gives
 * way to another dataset is closed.
 */
public final class StoreLens {
    /** The most events fetched one by one: what every view shows fluidly, some 60 MB of heap. */
    public static final int LIMIT = 60_000;
    private static final int WIDER = 2;
    /** How many windows found to hold too many events are remembered. */
    private static final int REMEMBERED = 16;

    /** The answer: the records of {@code covered}, none when null; the windows asked that held too many. */
    private record Fetched(EventStore store, Records records, TimeWindow covered, List<TimeWindow> tooMany) {
    }

    private final ViewState state;
    private final LatestJob<Fetched> job;
    private final int limit;
    /** The window whose records are on their way, so that moving within it asks nothing more. */
    private TimeWindow asked;
    /** Windows found to hold too many events, so that any window around one does too without asking. */
    private final Deque<TimeWindow> tooMany = new ArrayDeque<>();

    /**
     * Follows the state from now on, asking the store on {@code worker} and showing its answers on
     * {@code ui}, the thread the state is used from.
     */
    public StoreLens(ViewState state, Executor worker, Executor ui, int limit) {
        this.state = state;
        this.job = new LatestJob<>(worker, ui);
        this.limit = limit;
        state.storeProperty().addListener((obs, old, now) -> {
            job.cancel();
            if (old != null) {
                // After the question under way, which the worker runs first, has stopped.
                worker.execute(old::close);
            }
            asked = null;
            tooMany.clear();
            state.setRecordsComing(false);
            follow();
        });
        state.windowProperty().addListener(o -> follow());
        state.graphWindowProperty().addListener(o -> follow());
    }

    private void follow() {
        EventStore store = state.getStore();
        TimeWindow needed = needed();
        if (store == null || needed == null || asked != null && asked.covers(needed)) {
            return;
        }
        List<TimeWindow> tried = new ArrayList<>(List.of(widened(needed), needed));
        TimeWindow graph = state.getGraphWindow();
        if (needed.equals(state.getWindow()) && wants(graph)) {
            tried.addAll(List.of(widened(graph), graph));
        }
        asked = tried.get(0);
        state.setRecordsComing(true);
        job.run(cancelled -> store.unlessCancelled(cancelled, () -> fetch(store, tried)), this::show, failure -> {
            asked = null;
            state.setRecordsComing(false);
        });
    }

    /** The timeline's window, else the graph's time, whichever first is neither held nor known to hold too many. */
    private TimeWindow needed() {
        TimeWindow window = state.getWindow();
        TimeWindow held = state.getRecordsWindow();
        if (held != null && held.covers(window)) {
            return null;
        }
        if (wants(window)) {
            return window;
        }
        TimeWindow graph = state.getGraphWindow();
        return wants(graph) ? graph : null;
    }

    private boolean wants(TimeWindow window) {
        TimeWindow held = state.getRecordsWindow();
        return window != null && !(held != null && held.covers(window)) && tooMany.stream().noneMatch(window::covers);
    }

    private Fetched fetch(EventStore store, List<TimeWindow> tried) {
        List<TimeWindow> over = new ArrayList<>();
        Records last = null;
        for (TimeWindow window : tried) {
            last = store.records(window, limit);
            if (last.whole()) {
                return new Fetched(store, last, window, over);
            }
            over.add(window);
        }
        return new Fetched(store, last, null, over);
    }

    private void show(Fetched fetched) {
        asked = null;
        state.setRecordsComing(false);
        if (fetched.store() != state.getStore()) {
            return;
        }
        for (TimeWindow window : fetched.tooMany()) {
            tooMany.addFirst(window);
            if (tooMany.size() > REMEMBERED) {
                tooMany.removeLast();
            }
        }
        if (fetched.covered() != null || state.getRecordsWindow() != null) {
            state.showRecords(new IndexedDataset(fetched.records().dataset(), TimeIndex.of(fetched.records().dataset().events()),
                    fetched.store().stats()), fetched.covered());
        }
        follow();
    }

    private static TimeWindow widened(TimeWindow window) {
        long pad = window.span() * (WIDER - 1) / 2;
        long start = Math.max(-TimeWindow.LIMIT, window.start() - pad);
        long end = Math.min(TimeWindow.LIMIT, window.end() + pad);
        return new TimeWindow(start, end);
    }
}
