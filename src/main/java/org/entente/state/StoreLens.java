package org.entente.state;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.entente.index.IndexedDataset;
import org.entente.index.TimeIndex;
import org.entente.model.Dataset;
import org.entente.query.TimeWindow;
import org.entente.store.EventStore;
import org.entente.store.Records;
import org.entente.work.LatestJob;

/**
 * Keeps the records of the window on show in memory while a store is shown, so that every view can show
 * them one by one. Each time the window moves past the records held, it asks the store in the background
 * for the records of the window itself and shows them (a window of many events first by a page of its
 * most cited, which a store reads at a fraction of the cost, then all of them); then, while the analyst
 * reads them, it fetches the records of a window twice as wide around it and keeps them aside, so that
 * panning and scrubbing nearby show records at once, without a question to wait for. When the window
 * holds more than the limit, the timeline draws the store's counts, and the lens fetches the records of
 * the actor graph's time instead (the graph and the map show that stretch), when it holds few enough.
 * Failing both, it fetches the window's events that last no longer than the window itself: in a store of
 * a hundred million events, every day is crossed by hundreds of thousands of events lasting months or
 * years, but only thousands happen within it, and those are what an analyst zoomed in on a day looks for;
 * the views say that the longer ones are left out ({@link RecordsCover}). Failing that too, the records
 * give way to none, so that no view shows a part of its time as if it were all of it. A store that gives
 * way to another dataset is closed.
 */
public final class StoreLens {
    /** The most events fetched one by one: what every view shows fluidly, some 60 MB of heap. */
    public static final int LIMIT = 60_000;
    /**
     * The events of a first page, the window's most cited, shown while the rest come: more than a view shows
     * one by one with their labels, and few enough to reach the screen at once.
     */
    public static final int FIRST = 1_000;
    private static final int WIDER = 2;
    private static final long SURROUNDINGS_AFTER_MILLIS = 250;
    /** How many windows found to hold too many events are remembered. */
    private static final int REMEMBERED = 16;

    /**
     * A question: the records of a window's events lasting {@code longest} or less; {@code events} how many,
     * once known; {@code atOnce} to fetch all of them with no first page: the rest of a page on show, or
     * surroundings kept aside.
     */
    private record Ask(TimeWindow window, long longest, int events, boolean atOnce) {
        Ask(TimeWindow window, long longest, int events) {
            this(window, longest, events, false);
        }

        static Ask all(TimeWindow window) {
            return new Ask(window, Long.MAX_VALUE, 0);
        }

        /** How many of the window's events to fetch first, the rest after them. */
        int first(int first) {
            return atOnce ? Integer.MAX_VALUE : first;
        }

        /** Whether this question holds too many when {@code other}, which it asks at least as much as, did. */
        boolean asksAtLeast(Ask other) {
            return window.covers(other.window) && longest >= other.longest;
        }

        /** The same question of a window {@link StoreLens#WIDER} times as wide around this one's. */
        Ask widened() {
            long pad = window.span() * (WIDER - 1) / 2;
            return new Ask(new TimeWindow(Math.max(-TimeWindow.LIMIT, window.start() - pad),
                    Math.min(TimeWindow.LIMIT, window.end() + pad)), longest, 0, true);
        }
    }

    /**
     * The answer: the records of {@code covered}, indexed for the views (off the UI thread, as they may
     * number tens of thousands), none when null, and the question they answer; the questions asked that
     * held too many.
     */
    private record Fetched(EventStore store, IndexedDataset records, RecordsCover covered, Ask answered,
            List<Ask> tooMany) {
    }

    private final ViewState state;
    private final LatestJob<Fetched> job;
    /** Fetches the surroundings of the records shown, on the same worker: a question from the views cancels it. */
    private final LatestJob<Fetched> around;
    private final int limit;
    private final int first;
    /** The window whose records are on their way, so that moving within it asks nothing more. */
    private TimeWindow asked;
    /** Questions found to hold too many events, so that any asking as much does too without asking. */
    private final Deque<Ask> tooMany = new ArrayDeque<>();
    /** The records of the surroundings of those last shown, fetched after them; null when none are kept. */
    private Fetched spare;

    /**
     * Follows the state from now on, asking the store on {@code worker} and showing its answers on
     * {@code ui}, the thread the state is used from; the surroundings of each answer are asked on the worker
     * as soon as it is shown.
     */
    public StoreLens(ViewState state, Executor worker, Executor ui, int limit) {
        this(state, worker, worker, ui, limit, limit);
    }

    /**
     * As above, with the surroundings of each answer asked through {@code surroundings}, which runs them on
     * the worker, at once or later ({@link #afterTheFrame}), and a window holding more than {@code first}
     * events shown by a first page of them, its most cited, before the rest ({@link #FIRST}).
     */
    public StoreLens(ViewState state, Executor worker, Executor surroundings, Executor ui, int limit, int first) {
        this.state = state;
        this.job = new LatestJob<>(worker, ui);
        this.around = new LatestJob<>(surroundings, ui);
        this.limit = limit;
        this.first = first;
        state.storeProperty().addListener((obs, old, now) -> {
            job.cancel();
            around.cancel();
            spare = null;
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
        List<Ask> tried = questions();
        if (store == null || tried.isEmpty() || asked != null && asked.covers(tried.get(tried.size() - 1).window())) {
            return;
        }
        Fetched kept = spareFor(tried);
        if (kept != null) {
            spare = null;
            show(kept);
            return;
        }
        around.cancel();
        asked = tried.get(0).window();
        state.setRecordsComing(true);
        job.run(cancelled -> store.unlessCancelled(cancelled, () -> fetch(store, tried)), this::show, failure -> {
            asked = null;
            state.setRecordsComing(false);
        });
    }

    /**
     * Runs work on {@code worker} a quarter of a second after it is given, by when the frame that shows an
     * answer has been laid out and drawn: the surroundings' question, asked at once, took the two cores from
     * that frame (a store's day at 100M in the app, input to frame: 317 to 347 ms with the wait, 339 to 401
     * without, three alternating runs). A question from the views meanwhile cancels it before it starts.
     */
    public static Executor afterTheFrame(Executor worker) {
        return CompletableFuture.delayedExecutor(SURROUNDINGS_AFTER_MILLIS, TimeUnit.MILLISECONDS, worker);
    }

    /**
     * The records kept aside when they answer one of the questions {@code tried}, as the question's own
     * answer; null when none are kept, or they answer none. The records shown next may answer a later
     * question than the store would (the window's short events where it now holds few enough in all), and
     * the lens asks the better ones after showing them.
     */
    private Fetched spareFor(List<Ask> tried) {
        if (spare == null || spare.store() != state.getStore()) {
            return null;
        }
        Ask kept = spare.answered();
        for (Ask ask : tried) {
            if (kept.asksAtLeast(ask)) {
                return new Fetched(spare.store(), spare.records(), spare.covered(), ask, List.of());
            }
        }
        return null;
    }

    /**
     * What to ask, best first: every event of the window, else of the graph's time,
     * else the window's events lasting no longer than it; none when the records held cover the window
     * whole; the rest of a first page held that covers it. When they cover it with its short events only,
     * only the whole questions are left to try, as a window zoomed in on may hold few enough events in all.
     */
    private List<Ask> questions() {
        TimeWindow window = state.getWindow();
        RecordsCover held = state.getRecordsCover();
        boolean covered = held != null && held.window().covers(window);
        if (window == null || covered && held.isWhole()) {
            return List.of();
        }
        if (covered && held.isFirstPage()) {
            return List.of(new Ask(held.window(), held.longest(), 0, true));
        }
        List<Ask> tried = new ArrayList<>();
        tried.add(Ask.all(window));
        TimeWindow graph = state.getGraphWindow();
        if (graph != null && !covered && !state.holdsRecordsOf(graph)) {
            tried.add(Ask.all(graph));
        }
        if (!covered) {
            tried.add(new Ask(window, window.span(), 0));
        }
        tried.removeIf(ask -> !wants(ask));
        return tried;
    }

    private boolean wants(Ask ask) {
        return tooMany.stream().noneMatch(ask::asksAtLeast);
    }

    private Fetched fetch(EventStore store, List<Ask> tried) {
        List<Ask> over = new ArrayList<>();
        Records last = null;
        for (Ask ask : tried) {
            last = store.records(ask.window(), ask.longest(), limit, ask.first(first));
            if (last.whole() || last.isFirstPage()) {
                return new Fetched(store, indexed(store, last), cover(ask, last, over), ask, over);
            }
            over.add(new Ask(ask.window(), ask.longest(), last.events()));
        }
        return new Fetched(store, indexed(store, last), null, null, over);
    }

    private static IndexedDataset indexed(EventStore store, Records records) {
        Dataset dataset = records.dataset();
        return new IndexedDataset(dataset, TimeIndex.of(dataset.events()), store.stats());
    }

    /**
     * What the records answering {@code ask} cover (a first page, or all), with at least how many longer
     * events, from the whole questions asked of its window.
     */
    private RecordsCover cover(Ask ask, Records records, List<Ask> over) {
        RecordsCover all = allCover(ask, records, over);
        return records.isFirstPage() ? all.firstPageOf(records.events()) : all;
    }

    private RecordsCover allCover(Ask ask, Records records, List<Ask> over) {
        if (ask.longest() == Long.MAX_VALUE) {
            return RecordsCover.whole(ask.window());
        }
        int all = 0;
        for (Ask known : over) {
            if (known.longest() == Long.MAX_VALUE && ask.window().covers(known.window())) {
                all = Math.max(all, known.events());
            }
        }
        for (Ask known : tooMany) {
            if (known.longest() == Long.MAX_VALUE && ask.window().covers(known.window())) {
                all = Math.max(all, known.events());
            }
        }
        return new RecordsCover(ask.window(), ask.longest(), Math.max(0, all - records.events()), 0);
    }

    private void show(Fetched fetched) {
        asked = null;
        state.setRecordsComing(false);
        if (fetched.store() != state.getStore()) {
            return;
        }
        remember(fetched.tooMany());
        RecordsCover held = state.getRecordsCover();
        // Short records held that still cover the window stay when no whole ones come; any others give way.
        if (fetched.covered() != null || held != null && !held.window().covers(state.getWindow())) {
            state.showRecords(fetched.records(), fetched.covered());
        }
        follow();
        if (fetched.covered() != null && !fetched.covered().isFirstPage() && !job.isRunning()) {
            fetchAround(fetched.store(), fetched.answered());
        }
    }

    private void remember(List<Ask> asked) {
        for (Ask ask : asked) {
            tooMany.addFirst(ask);
            if (tooMany.size() > REMEMBERED) {
                tooMany.removeLast();
            }
        }
    }

    /**
     * Fetches the records around the answer to {@code shown} just shown, unless those kept already hold
     * them, and keeps them aside. Asked after the records are shown, they cost the first frame nothing.
     */
    private void fetchAround(EventStore store, Ask shown) {
        Ask wider = shown.widened();
        if (!wants(wider) || spare != null && spare.answered().asksAtLeast(wider)) {
            return;
        }
        around.run(cancelled -> store.unlessCancelled(cancelled, () -> fetch(store, List.of(wider))), fetched -> {
            remember(fetched.tooMany());
            if (fetched.covered() != null && fetched.store() == state.getStore()) {
                spare = fetched;
            }
        });
    }

    /**
     * What a view of the stretch of time {@code shown} says instead of showing it, while a store's records
     * do not cover it: that they are coming, that the records held are of another time (the graph's time
     * lies outside the window), or that there are too many to fetch; null when they cover it (and always
     * for a dataset in memory).
     */
    public static String notice(ViewState state, TimeWindow shown) {
        if (shown == null || state.holdsRecordsOf(shown)) {
            return null;
        }
        if (state.isRecordsComing()) {
            return "Fetching the events of this time from the store\u2026";
        }
        TimeWindow held = state.getRecordsWindow();
        if (held != null && !shown.covers(held)) {
            return "The events fetched from the store are those of the timeline's window, and this time lies"
                    + " outside it: move the cursor into the window";
        }
        return String.format(Locale.ROOT, "This time holds more events than the store fetches one by one (%,d):"
                + " zoom in, or narrow the graph's time, to see them", LIMIT);
    }

    /**
     * What a view showing the store's records of {@code shown} says beside them when they are its short
     * events only: how long those last at most and how many longer ones are left out; null when the records
     * hold every event of that time, or none of it ({@link #notice}).
     */
    public static String partial(ViewState state, TimeWindow shown) {
        RecordsCover cover = state.getRecordsCover();
        if (shown == null || cover == null || cover.isWhole() || !state.holdsRecordsOf(shown)) {
            return null;
        }
        if (cover.isFirstPage()) {
            return String.format(Locale.ROOT, "Shown first: the %,d most cited of the %,d events %s; the rest are"
                    + " coming\u2026", state.getDataset().dataset().events().size(), cover.firstPageOf(),
                    cover.longest() == Long.MAX_VALUE ? "of this time" : "lasting " + lasting(cover.longest()) + " or less");
        }
        String longer = cover.longer() > 0 ? String.format(Locale.ROOT, "The %,d or more", cover.longer()) : "The";
        return "Shown one by one: the events lasting " + lasting(cover.longest()) + " or less. " + longer
                + " longer events crossing this time are too many to fetch: zoom out to see every event counted";
    }

    /** A span in the largest whole unit that fits it, as "3 days" or "an hour". */
    private static String lasting(long millis) {
        long[] units = {86_400_000L, 3_600_000L, 60_000L, 1_000L};
        String[] names = {"day", "hour", "minute", "second"};
        for (int i = 0; i < units.length; i++) {
            long n = millis / units[i];
            if (n >= 1) {
                return n == 1 ? (i == 1 ? "an " : "a ") + names[i] : n + " " + names[i] + "s";
            }
        }
        return millis + " ms";
    }
}
