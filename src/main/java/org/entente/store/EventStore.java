package org.entente.store;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.entente.lanes.LaneMode;
import org.entente.model.DatasetStats;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.search.SearchHit;

/**
 * Everything the views ask of a dataset, as questions any engine can answer: the in-memory index for files
 * that fit ({@link MemoryStore}), an embedded or remote SQL engine for those that do not. Answers are plain
 * values (positions, ids, counts, model records) rather than indexes or object graphs, so that a query
 * engine can produce them row by row. A store is safe to ask from several threads; the views ask it in the
 * background, never inside a frame, because a query may scan the window or the dataset.
 *
 * <p>Who asks what:
 * <ul>
 *   <li>{@link #extent()}, {@link #stats()}: the window a dataset opens on, the status bar, the dataset's
 *       section of the detail pane;</li>
 *   <li>{@link #count}: the status bar's events in view;</li>
 *   <li>{@link #lanes}, {@link #density}: the timeline's lanes, its stacked density columns and overview;</li>
 *   <li>{@link #events}: the event table;</li>
 *   <li>{@link #actorEvents}: an actor's section of the detail pane;</li>
 *   <li>{@link #pairs}: the actor graph's edges;</li>
 *   <li>{@link #countries}: the map's shading per country;</li>
 *   <li>{@link #search}: the search field's suggestions;</li>
 *   <li>{@link #event}: an event's section of the detail pane, with its sources;</li>
 *   <li>{@link #records}: every view, record by record, once the window holds few enough events (or few
 *       enough short ones).</li>
 * </ul>
 * A window holds the events whose span overlaps it; every query that takes a {@link Filter} counts only
 * the events it passes.
 */
public interface EventStore extends AutoCloseable {

    /** Where the dataset lies in time and how much it holds. */
    Extent extent();

    /** The dataset's counts by kind, precision and the like. */
    DatasetStats stats();

    /** How many events of the window the filter passes. */
    int count(Filter filter, TimeWindow window);

    /** The timeline's lanes for a grouping, largest first (ties by label); one lane, "all", for {@link LaneMode#NONE}. */
    List<LaneRow> lanes(Filter filter, LaneMode mode);

    /** Events per bin of a window and per group of a colouring. */
    Density density(DensityRequest request);

    /** A page of the window's events that the filter passes, sorted. */
    EventPage events(EventQuery query);

    /** A page of the actor's events that the filter passes, earliest first; empty for an unknown actor. */
    EventPage actorEvents(String actorId, Filter filter, int offset, int limit);

    /** The {@code limit} pairs of actors sharing most of the window's events, most first (ties by first, then second). */
    List<PairRow> pairs(Filter filter, TimeWindow window, int limit);

    /** Every country the window's events count for, most events first (ties by code). */
    List<CountryRow> countries(Filter filter, TimeWindow window);

    /** The best {@code limit} hits for words prefixes of actors, tags (a query starting with #) and events. */
    List<SearchHit> search(String query, int limit);

    /** The event of this id with its citations' sources, if there is one. */
    Optional<EventDetail> event(String id);

    /**
     * Asks a question that may be dropped half way: a view's background job passes its own "am I overtaken?"
     * test, and a store whose queries take time stops the one under way soon after it says yes, throwing
     * {@link java.util.concurrent.CancellationException}. A store in memory simply answers.
     */
    default <T> T unlessCancelled(BooleanSupplier cancelled, Supplier<T> question) {
        return question.get();
    }

    /**
     * The window's events in full, with every actor (whatever the window, so that any actor is known by
     * its name), the sources they cite, the relations among the actors they name and the dataset's
     * periods: a dataset every view can show record by record. None of its events when more than
     * {@code limit} fall in the window, which the views then show as counts.
     */
    default Records records(TimeWindow window, int limit) {
        return records(window, Long.MAX_VALUE, limit);
    }

    /**
     * The records of the window's events that last {@code longest} milliseconds or less (open-ended ones
     * never do), as {@link #records(TimeWindow, int)} gives them all. A store so large that every window
     * overlaps too many long events still gives the window's own events, those that happen within it or
     * near, while the long ones passing through it are shown as counts.
     */
    default Records records(TimeWindow window, long longest, int limit) {
        return records(window, longest, limit, Integer.MAX_VALUE);
    }

    /**
     * As {@link #records(TimeWindow, long, int)}, but when more than {@code first} of those events fall in the
     * window (and no more than {@code limit}), only a first page of them: the {@code first} most cited (by how
     * many distinct sources they cite; ties by a hash of their ids, so that the page spreads over the window
     * rather than filling its start, then by position), in full with their citations, and how many there are
     * in all ({@link Records#isFirstPage}). A view shows that page at once, at a fraction of the cost of
     * every event of a busy window, while the rest are fetched. A store may give all of them instead where
     * a page would cost it as much (a store on disk, for events scattered through it).
     */
    Records records(TimeWindow window, long longest, int limit, int first);

    /** Lets go of what the store holds open; a store that holds nothing open does nothing. */
    @Override
    void close();
}
