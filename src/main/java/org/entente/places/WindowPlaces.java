package org.entente.places;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.entente.index.IntList;
import org.entente.index.SlidingWindow;
import org.entente.index.TimeIndex;
import org.entente.model.Event;
import org.entente.strata.Strata;

/**
 * What the map shows of a time window, kept up to date as the window moves: per country, its events (in
 * all, by strata group, country-level only) and their tone; per flow between countries, its events and
 * their tone, ranked by events; per point, a pyramid of sparse grids ({@link Cells}) whose cells hold their events' counts,
 * groups, tone and the sums of their coordinates, so a bin is drawn at the centroid of its events.
 *
 * <p>Moving the window applies only the events that enter or leave it ({@link SlidingWindow}), so a scrub
 * step costs what it changes: for each such event, its countries, its flows and one cell per level kept.
 * Only the levels of the last few zooms are kept up to date ({@value #KEPT_LEVELS}); a level asked for
 * again after that is filled afresh from the window's events, once, when the map zooms to it. The
 * groups are the timeline's ({@link Strata}), so a bin's colour matches the timeline's; a new colour mode
 * wants a new instance.
 */
public final class WindowPlaces {
    private final EventPlaces places;
    private final SlidingWindow window;
    private final byte[] groupOf;
    private final int groups;
    private final Tallies countries;
    private final int[] countryLevel;
    private final Tallies flows;
    private final FlowRanking ranking;
    /**
     * How many levels of the pyramid are kept up to date as the window moves: the one on show and those of
     * the zooms just before, so that zooming back and forth costs nothing, while a scrub step updates a few
     * cells per event rather than one on each of the {@value Cells#LEVELS} levels.
     */
    private static final int KEPT_LEVELS = 3;

    private final TimeIndex time;
    /** The kept levels' grids; null for a level not kept. */
    private final CellGrid[] levels = new CellGrid[Cells.LEVELS];
    /** The kept levels, the one asked for last at the end. */
    private final IntList kept = new IntList();

    public WindowPlaces(EventPlaces places, TimeIndex time, Strata strata) {
        this.places = places;
        this.time = time;
        List<Event> events = places.dataset().events();
        this.window = new SlidingWindow(time, this::apply, this::clear);
        groups = strata.size();
        groupOf = new byte[events.size()];
        for (int e = 0; e < groupOf.length; e++) {
            groupOf[e] = (byte) strata.of(events.get(e));
        }
        int countryCount = places.countries().size();
        countries = new Tallies(places, groupOf, groups, false, countryCount);
        countryLevel = new int[countryCount];
        flows = new Tallies(places, groupOf, groups, false, places.flowCount());
        ranking = new FlowRanking(places.flowCount());
    }

    /** An empty grid of points at the level, tallying as this window does. */
    CellGrid pointGrid(int level) {
        return new CellGrid(level, new Tallies(places, groupOf, groups, true, 16));
    }

    /** Shows the events overlapping [from, to). */
    public void moveTo(long from, long to) {
        window.moveTo(from, to);
    }

    private void clear() {
        countries.clear();
        Arrays.fill(countryLevel, 0);
        ranking.clear();
        flows.clear();
        for (int i = 0; i < kept.size(); i++) {
            levels[kept.get(i)].clear();
        }
    }

    private void apply(int event, int sign) {
        if (!places.isShown(event)) {
            return;
        }
        boolean point = places.hasPoint(event);
        for (int slot = places.countriesStart(event); slot < places.countriesEnd(event); slot++) {
            int country = places.countryAt(slot);
            countries.add(country, event, sign);
            if (!point) {
                countryLevel[country] += sign;
            }
        }
        for (int slot = places.flowsStart(event); slot < places.flowsEnd(event); slot++) {
            int flow = places.flowAt(slot);
            if (sign > 0) {
                ranking.increment(flow, flows.count(flow));
            } else {
                ranking.decrement(flow, flows.count(flow));
            }
            flows.add(flow, event, sign);
        }
        if (point) {
            int column = Cells.finestColumn(places.x(event));
            int row = Cells.finestRow(places.y(event));
            for (int i = 0; i < kept.size(); i++) {
                levels[kept.get(i)].add(event, column, row, sign);
            }
        }
    }

    public EventPlaces places() {
        return places;
    }

    public long start() {
        return window.start();
    }

    /** Whether the window holds an event, as its totals count it. */
    public boolean holds(int event) {
        return window.holds(places.dataset().events().get(event));
    }

    public long end() {
        return window.end();
    }

    /** How many strata groups events are counted in. */
    public int groups() {
        return groups;
    }

    /** The window's shown events that count in the country. */
    public int countryEvents(int country) {
        return countries.count(country);
    }

    public int countryEventsInGroup(int country, int group) {
        return countries.inGroup(country, group);
    }

    /** The mean tone of the country's toned events in the window, or NaN when none has a tone. */
    public double countryMeanTone(int country) {
        return countries.meanTone(country);
    }

    /** The country's events in the window that have no point, drawn at the country itself. */
    public int countryLevelEvents(int country) {
        return countryLevel[country];
    }

    /** How many flows the window holds an event of. */
    public int activeFlows() {
        return ranking.active();
    }

    /** The flow at a rank among those the window holds, 0 the heaviest (flows of equal count in no set order). */
    public int flowByRank(int rank) {
        return ranking.flowAt(rank);
    }

    public int flowEvents(int flow) {
        return flows.count(flow);
    }

    /** The mean tone of the flow's toned events in the window, or NaN when none has a tone. */
    public double flowMeanTone(int flow) {
        return flows.meanTone(flow);
    }

    /**
     * The {@code n} heaviest flows in the window that {@code drawable} accepts, the heaviest first (flows of
     * equal count in no set order). Costs the flows it looks at: those taken, and any heavier that are not
     * drawable.
     */
    public IntList heaviestFlows(int n, IntPredicate drawable) {
        IntList heaviest = new IntList(Math.max(1, n));
        for (int rank = 0; rank < ranking.active() && heaviest.size() < n; rank++) {
            if (drawable.test(ranking.flowAt(rank))) {
                heaviest.add(ranking.flowAt(rank));
            }
        }
        return heaviest;
    }

    /**
     * Up to {@code limit} of the window's shown events with a point in the cells of a level (a bin of a
     * frame), cell by cell, by where they lie. For a click: costs a walk over the events ever in the cells,
     * not the dataset.
     */
    public IntList eventsIn(int level, long[] cells, int limit) {
        IntList found = new IntList(Math.min(limit, 64));
        for (long cell : cells) {
            collect(places.byCell(), Cells.firstMorton(cell, level), Cells.endMorton(cell, level), event -> true,
                    limit, found);
        }
        return found;
    }

    /**
     * Up to {@code limit} of the window's shown events that count in the country, in file order; only those
     * without a point when {@code countryLevelOnly}. For a click on the country or its marker.
     */
    public IntList eventsAt(int country, boolean countryLevelOnly, int limit) {
        IntList found = new IntList(Math.min(limit, 64));
        collect(places.byCountry(), country, country + 1L, event -> !countryLevelOnly || !places.hasPoint(event), limit,
                found);
        return found;
    }

    /** Adds to {@code found}, until it holds {@code limit}, the window's wanted events between two keys of an index. */
    private void collect(KeyedEvents index, long fromKey, long toKey, IntPredicate wanted, int limit, IntList found) {
        List<Event> events = places.dataset().events();
        int end = index.first(toKey);
        for (int i = index.first(fromKey); i < end && found.size() < limit; i++) {
            int event = index.eventAt(i);
            if (wanted.test(event) && window.holds(events.get(event))) {
                found.add(event);
            }
        }
    }

    /** The window's points at a level of the pyramid, filled from the window's events if the level was not kept. */
    CellGrid level(int level) {
        if (levels[level] == null) {
            levels[level] = filled(pointGrid(level));
            if (kept.size() == KEPT_LEVELS) {
                int oldest = kept.get(0);
                levels[oldest] = null;
                kept.removeIf(l -> l == oldest);
            }
        } else {
            kept.removeIf(l -> l == level);
        }
        kept.add(level);
        return levels[level];
    }

    /** A grid with the points of the events in the window, as moving the window would have put them. */
    private CellGrid filled(CellGrid grid) {
        if (window.end() <= window.start()) {
            return grid;
        }
        IntList inWindow = new IntList();
        time.overlapping(window.start(), window.end(), inWindow);
        for (int i = 0; i < inWindow.size(); i++) {
            int event = inWindow.get(i);
            if (places.isShown(event) && places.hasPoint(event)) {
                grid.add(event, Cells.finestColumn(places.x(event)), Cells.finestRow(places.y(event)), +1);
            }
        }
        return grid;
    }
}
