package org.entente.state;

import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.entente.index.IndexedDataset;
import org.entente.index.OpeningWindow;
import org.entente.index.TimeIndex;
import org.entente.model.Dataset;
import org.entente.model.Period;
import org.entente.network.GraphRange;
import org.entente.network.GraphSpan;
import org.entente.network.GraphTimeMode;
import org.entente.network.PeriodComparison;
import org.entente.notes.NoteTarget;
import org.entente.notes.Notes;
import org.entente.query.Comparison;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.store.EventStore;
import org.entente.store.Extent;
import org.entente.strata.ColorMode;

/**
 * The one source of truth that every view binds to: the dataset on show, the visible time window, the
 * scrub cursor, the selection with its history, the filter, and the stretch of time the actor graph
 * shows. Views never talk to one another; they change this state and follow it. It holds no UI code, so
 * it can be tested without a screen.
 */
public final class ViewState {
    private static final long DAY = 86_400_000L;
    private static final double FIT_MARGIN = 0.03;
    /** The widest window an event brought into view opens in ({@link #goToEvent}). */
    private static final long AROUND_AN_EVENT = 3 * DAY;

    private final ReadOnlyObjectWrapper<IndexedDataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyObjectWrapper<EventStore> store = new ReadOnlyObjectWrapper<>(this, "store");
    private final ReadOnlyObjectWrapper<RecordsCover> recordsCover = new ReadOnlyObjectWrapper<>(this, "recordsCover");
    private final ReadOnlyBooleanWrapper recordsComing = new ReadOnlyBooleanWrapper(this, "recordsComing");
    private final ObjectProperty<TimeWindow> window =
            new SimpleObjectProperty<>(this, "window", new TimeWindow(0, DAY));
    private final LongProperty cursor = new SimpleLongProperty(this, "cursor");
    private final ReadOnlyObjectWrapper<Selection> selection =
            new ReadOnlyObjectWrapper<>(this, "selection", Selection.NOTHING);
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(this, "filter", Filter.NONE);
    private final ObjectProperty<TimeWindow> graphWindow = new SimpleObjectProperty<>(this, "graphWindow");
    private final ObjectProperty<Comparison> comparison = new SimpleObjectProperty<>(this, "comparison");
    private final ObjectProperty<PeriodComparison> comparedTies = new SimpleObjectProperty<>(this, "comparedTies");
    private final ObjectProperty<GraphTimeMode> graphTimeMode =
            new SimpleObjectProperty<>(this, "graphTimeMode", GraphTimeMode.AROUND_CURSOR);
    private final ObjectProperty<GraphSpan> graphSpan = new SimpleObjectProperty<>(this, "graphSpan", GraphSpan.FOLLOW_ZOOM);
    private final ObjectProperty<ColorMode> colorMode = new SimpleObjectProperty<>(this, "colorMode", ColorMode.KIND);
    private final ObjectProperty<Notes> notes = new SimpleObjectProperty<>(this, "notes", Notes.NONE);
    private final SelectionHistory history = new SelectionHistory();

    public ViewState() {
        window.addListener((obs, old, now) -> {
            if (now == null) {
                window.set(old);
            }
        });
        filter.addListener((obs, old, now) -> {
            if (now == null) {
                filter.set(Filter.NONE);
            }
        });
        for (Observable input : new Observable[] {dataset, window, cursor, graphTimeMode, graphSpan}) {
            input.addListener(o -> updateGraphWindow());
        }
    }

    private void updateGraphWindow() {
        TimeWindow now = graphWindowOf(getDataset());
        if (!Objects.equals(now, graphWindow.get())) {
            graphWindow.set(now);
        }
    }

    /** The range whose events the graph and the map show, from the graph's time mode and span and the window and cursor. */
    public GraphRange graphRange() {
        TimeWindow in = getWindow();
        return getGraphTimeMode().range(in.start(), in.end(), getCursor(), getGraphSpan());
    }

    /**
     * The graph's range as a window another view can draw, or null without a dataset. "Up to the cursor"
     * reaches back to the beginning of time, where nothing can be drawn, so its window starts at the
     * dataset's first event instead; a window too short to be one is widened to the shortest.
     */
    private TimeWindow graphWindowOf(IndexedDataset shown) {
        if (shown == null) {
            return null;
        }
        GraphRange range = graphRange();
        long from = range.from();
        if (getGraphTimeMode() == GraphTimeMode.UP_TO_CURSOR) {
            from = shown.time().isEmpty() ? range.to() : shown.time().minStart();
        }
        from = Math.min(from, range.to() - TimeWindow.MIN_SPAN);
        return new TimeWindow(from, range.to());
    }

    /**
     * Shows another dataset: the window opens where most of its events are ({@link OpeningWindow}), the
     * cursor goes to the latest event in that window, and the selection, its history and the filter start
     * afresh because they named the old dataset's records.
     */
    public void show(IndexedDataset shown) {
        startAfresh(null);
        recordsCover.set(null);
        dataset.set(shown);
        window.set(OpeningWindow.of(shown.time(), fitAll(shown.time(), shown.dataset().periods())));
        cursor.set(latestStartIn(shown.time(), window.get()));
    }

    /**
     * Shows a store too large to hold in memory: the window opens on all of it, the cursor at its latest
     * event, and until records arrive ({@link #showRecords}) the dataset on show is {@code head}, the store's
     * title, description and periods without its events, so that every view draws at once what the
     * store's counts tell.
     */
    public void show(EventStore shown, Dataset head) {
        startAfresh(shown);
        Extent extent = shown.extent();
        recordsCover.set(null);
        dataset.set(new IndexedDataset(head, TimeIndex.of(head.events()), shown.stats()));
        window.set(fitAll(extent));
        cursor.set(extent.events() == 0 ? window.get().start() : extent.maxEnd());
    }

    /**
     * The records of a window of the store on show, in full, as the dataset every view shows one by one;
     * the window, cursor, selection and filter stay as they are. {@code covered} says what they are the
     * events of, null when they are none (the window on show holds too many to fetch).
     */
    public void showRecords(IndexedDataset records, RecordsCover covered) {
        if (store.get() == null) {
            throw new IllegalStateException("records are shown only for a store");
        }
        recordsCover.set(covered);
        dataset.set(records);
    }

    /**
     * Brings an event that may lie outside the records held into view and selects it: the window moves to
     * its start, no wider than a few days (whose events a store fetches one by one, so that its records
     * come), and the cursor goes to it, since the graph and the map show the time around the cursor.
     */
    public void goToEvent(String id, long start) {
        long span = Math.min(window.get().span(), AROUND_AN_EVENT);
        window.set(new TimeWindow(start - span / 2, start - span / 2 + span));
        cursor.set(start);
        select(Selection.event(id));
    }

    private void startAfresh(EventStore shown) {
        notes.set(Notes.NONE);
        history.clear();
        selection.set(Selection.NOTHING);
        filter.set(Filter.NONE);
        comparison.set(null);
        store.set(shown);
    }

    /** The start of the latest event starting in the window, where the story is; the window's start if none does. */
    private static long latestStartIn(TimeIndex time, TimeWindow in) {
        int rank = time.lastStartingBefore(in.end());
        return rank >= 0 && in.contains(time.startAt(rank)) ? time.startAt(rank) : in.start();
    }

    /** The window that shows every event of a store, with a small margin; one day around now for an empty one. */
    public static TimeWindow fitAll(Extent extent) {
        return extent.events() == 0 ? fitAll(TimeIndex.of(List.of())) : TimeWindow.around(extent.minStart(),
                extent.maxEnd(), FIT_MARGIN);
    }

    /** The window that shows every event, with a small margin; one day around now for an empty dataset. */
    public static TimeWindow fitAll(TimeIndex time) {
        return fitAll(time, List.of());
    }

    /**
     * The window that shows every event and every named period (an era may reach beyond the events), with
     * a small margin; one day around now when there is nothing to show.
     */
    public static TimeWindow fitAll(TimeIndex time, List<Period> periods) {
        long from = time.isEmpty() ? Long.MAX_VALUE : time.minStart();
        long to = time.isEmpty() ? Long.MIN_VALUE : time.maxEnd();
        for (Period period : periods) {
            if (period.when().start() != Long.MIN_VALUE) {
                from = Math.min(from, period.when().start());
            }
            if (period.when().end() != Long.MAX_VALUE) {
                to = Math.max(to, period.when().end());
            }
        }
        if (from > to) {
            long now = System.currentTimeMillis();
            return new TimeWindow(now - DAY / 2, now + DAY / 2);
        }
        return TimeWindow.around(from, to, FIT_MARGIN);
    }

    /** Selects and remembers the previous selection for Back. Selecting the current one again changes nothing. */
    public void select(Selection next) {
        Selection current = selection.get();
        if (next == null || next.equals(current)) {
            return;
        }
        history.leave(current);
        selection.set(next);
    }

    /**
     * Puts back a selection and its history as a workspace saved them (trails nearest first), without
     * recording a move: Back then returns where it did when the workspace was saved.
     */
    public void restoreSelection(Selection current, List<Selection> back, List<Selection> forward) {
        history.restore(back, forward);
        selection.set(current == null ? Selection.NOTHING : current);
    }

    /**
     * The analyst's notes on this dataset's events, actors, ties and times: they belong to the workspace,
     * not to the dataset, and start afresh with another dataset as the selection does.
     */
    public ObjectProperty<Notes> notesProperty() {
        return notes;
    }

    public Notes getNotes() {
        return notes.get();
    }

    public void setNotes(Notes value) {
        notes.set(value == null ? Notes.NONE : value);
    }

    /** Writes a note about a target, now. */
    public void addNote(NoteTarget target, String text) {
        notes.set(notes.get().adding(target, text, System.currentTimeMillis()));
    }

    public boolean goBack() {
        return apply(history.back(selection.get()));
    }

    public boolean goForward() {
        return apply(history.forward(selection.get()));
    }

    private boolean apply(Selection target) {
        if (target == null) {
            return false;
        }
        selection.set(target);
        return true;
    }

    public ReadOnlyObjectProperty<IndexedDataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public IndexedDataset getDataset() {
        return dataset.get();
    }

    /**
     * The store whose records the dataset on show holds a window of, or null when the whole dataset is in
     * memory. Views that can ask a store for counts (the timeline's density, the graph's pairs) ask it for
     * what lies outside {@link #getRecordsWindow()}.
     */
    public ReadOnlyObjectProperty<EventStore> storeProperty() {
        return store.getReadOnlyProperty();
    }

    public EventStore getStore() {
        return store.get();
    }

    /**
     * For a store, what the dataset on show holds the events of: a stretch of time, and whether all its
     * events or only those lasting no longer than a span; null while the window holds more events than are
     * fetched one by one, and for a dataset in memory, which holds them all ({@link #holdsRecordsOf}).
     */
    public ReadOnlyObjectProperty<RecordsCover> recordsCoverProperty() {
        return recordsCover.getReadOnlyProperty();
    }

    public RecordsCover getRecordsCover() {
        return recordsCover.get();
    }

    /** The stretch of time {@link #getRecordsCover()} covers, null when it is. */
    public TimeWindow getRecordsWindow() {
        return recordsCover.get() == null ? null : recordsCover.get().window();
    }

    /**
     * Whether the dataset on show holds the events of the window one by one, as a dataset in memory always
     * does: every one, or every one lasting no longer than its cover says.
     */
    public boolean holdsRecordsOf(TimeWindow shown) {
        return store.get() == null || getRecordsWindow() != null && getRecordsWindow().covers(shown);
    }

    /** Whether the store is being asked for the records of a new window, so that views can say finer data is coming. */
    public ReadOnlyBooleanProperty recordsComingProperty() {
        return recordsComing.getReadOnlyProperty();
    }

    public boolean isRecordsComing() {
        return recordsComing.get();
    }

    void setRecordsComing(boolean value) {
        recordsComing.set(value);
    }

    public ObjectProperty<TimeWindow> windowProperty() {
        return window;
    }

    public TimeWindow getWindow() {
        return window.get();
    }

    public void setWindow(TimeWindow value) {
        window.set(value);
    }

    public LongProperty cursorProperty() {
        return cursor;
    }

    public long getCursor() {
        return cursor.get();
    }

    public void setCursor(long value) {
        cursor.set(value);
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public Selection getSelection() {
        return selection.get();
    }

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    public Filter getFilter() {
        return filter.get();
    }

    public void setFilter(Filter value) {
        filter.set(value);
    }

    /**
     * The stretch of time the actor graph and the map show, so that the timeline can mark it without
     * knowing them; null without a dataset. The state works it out again whenever the window, the cursor
     * or the graph's time mode or span change; setting it (as a test may) lasts until then.
     */
    public ObjectProperty<TimeWindow> graphWindowProperty() {
        return graphWindow;
    }

    public TimeWindow getGraphWindow() {
        return graphWindow.get();
    }

    public void setGraphWindow(TimeWindow value) {
        graphWindow.set(value);
    }

    /**
     * The two periods being compared, null when not comparing; either half may be unset while the user
     * picks them. Showing another dataset ends the comparison.
     */
    public ObjectProperty<Comparison> comparisonProperty() {
        return comparison;
    }

    public Comparison getComparison() {
        return comparison.get();
    }

    public void setComparison(Comparison value) {
        comparison.set(value);
    }

    /** Whether both periods are set, so that the views show the comparison. */
    public boolean isComparing() {
        return comparison.get() != null && comparison.get().isComplete();
    }

    /**
     * How each tie changed between the periods under the current filter, as the actor graph worked it out,
     * so that other views can list the changes without building the graph's pairs again; null while it
     * works or when not comparing. The graph sets it and clears it when it goes.
     */
    public ObjectProperty<PeriodComparison> comparedTiesProperty() {
        return comparedTies;
    }

    public PeriodComparison getComparedTies() {
        return comparedTies.get();
    }

    public void setComparedTies(PeriodComparison value) {
        comparedTies.set(value);
    }

    /** Which time the graph and the map show: the timeline's visible range, the cursor ± a span, or everything up to the cursor. */
    public ObjectProperty<GraphTimeMode> graphTimeModeProperty() {
        return graphTimeMode;
    }

    public GraphTimeMode getGraphTimeMode() {
        return graphTimeMode.get();
    }

    public void setGraphTimeMode(GraphTimeMode value) {
        graphTimeMode.set(value);
    }

    /** How far either side of the cursor the graph and the map look, in the cursor ± span mode. */
    public ObjectProperty<GraphSpan> graphSpanProperty() {
        return graphSpan;
    }

    public GraphSpan getGraphSpan() {
        return graphSpan.get();
    }

    public void setGraphSpan(GraphSpan value) {
        graphSpan.set(value);
    }

    /** What an event's colour says in every view that colours events: its kind or its tone. */
    public ObjectProperty<ColorMode> colorModeProperty() {
        return colorMode;
    }

    public ColorMode getColorMode() {
        return colorMode.get();
    }

    public void setColorMode(ColorMode value) {
        colorMode.set(value);
    }

    public SelectionHistory history() {
        return history;
    }
}
