package org.entente.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.index.ActorEvents;
import org.entente.index.IndexedDataset;
import org.entente.index.IntList;
import org.entente.index.TimeIndex;
import org.entente.lanes.Lane;
import org.entente.lanes.LaneMode;
import org.entente.lanes.Lanes;
import org.entente.model.Citation;
import org.entente.model.Dataset;
import org.entente.model.DatasetStats;
import org.entente.model.Event;
import org.entente.network.PairIndex;
import org.entente.order.EventCells;
import org.entente.order.EventColumn;
import org.entente.order.EventOrder;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.search.SearchHit;
import org.entente.search.SearchIndex;
import org.entente.strata.ColorMode;
import org.entente.time.When;

/**
 * The store of a dataset that fits in memory, answering from the indexes the views already use: the time
 * index, the timeline's lanes, the actor graph's pairs, the search index and each actor's events. Those
 * built per dataset are built on first use; those built per filter (lanes, pairs) are kept for the last
 * filter asked, since each costs a pass over the dataset. Everything else costs what the window holds.
 */
public final class MemoryStore implements EventStore {
    private final IndexedDataset data;
    private final LastBuilt<IndexedDataset, ActorEvents> actorEvents = new LastBuilt<>(ActorEvents::of);
    private final LastBuilt<Dataset, SearchIndex> search = new LastBuilt<>(SearchIndex::of);
    private final LastBuilt<Filter, PairIndex> pairs;
    private final LastBuilt<LanesKey, Lanes> lanes;

    private record LanesKey(Filter filter, LaneMode mode, ColorMode colors) {
    }

    public MemoryStore(IndexedDataset data) {
        this.data = data;
        this.pairs = new LastBuilt<>(filter -> PairIndex.of(data.dataset(), filter));
        this.lanes = new LastBuilt<>(key -> Lanes.build(data, key.filter(), key.mode(), key.colors()));
    }

    @Override
    public Extent extent() {
        Dataset dataset = data.dataset();
        return new Extent(data.time().minStart(), data.time().maxEnd(), dataset.events().size(), dataset.actors().size(),
                dataset.sources().size(), dataset.relations().size());
    }

    @Override
    public DatasetStats stats() {
        return data.stats();
    }

    /** Without a filter, a count from the index's grid whatever the window; with one, a pass over the window. */
    @Override
    public int count(Filter filter, TimeWindow window) {
        return filter.isEmpty() ? data.time().countOverlapping(window.start(), window.end()) : passing(filter, window).length;
    }

    @Override
    public List<LaneRow> lanes(Filter filter, LaneMode mode) {
        List<LaneRow> rows = new ArrayList<>();
        for (Lane lane : lanes.get(new LanesKey(filter, mode, ColorMode.KIND)).lanes()) {
            rows.add(new LaneRow(lane.key(), lane.label(), lane.size()));
        }
        return List.copyOf(rows);
    }

    /** Costs the bins times the groups, whatever the window: each group has a time index of its own. */
    @Override
    public Density density(DensityRequest request) {
        Lanes built = lanes.get(new LanesKey(request.filter(), request.lanes(), request.colors()));
        List<TimeIndex> groups = request.lanes() == LaneMode.NONE ? built.groups() : laneGroups(built, request.lane());
        int[][] counts = new int[built.strata().size()][request.bins()];
        for (int g = 0; g < groups.size(); g++) {
            groups.get(g).density(request.window().start(), request.window().end(), counts[g]);
        }
        List<String> labels = built.strata().groups().stream().map(group -> group.label()).toList();
        return new Density(labels, counts);
    }

    /** The lane's group indexes; none for a lane the grouping does not have, so its counts stay 0. */
    private static List<TimeIndex> laneGroups(Lanes built, String key) {
        return built.lanes().stream().filter(lane -> lane.key().equals(key)).findFirst().map(Lane::groups).orElse(List.of());
    }

    /** Sorting costs the window's events (its keys and a sort), whatever the page's size. */
    @Override
    public EventPage events(EventQuery query) {
        int[] positions = passing(query.filter(), query.window());
        // The time index gives them by start alone; EventOrder breaks ties by end, then dataset order, as
        // every sort does, and only checks the order when it holds already.
        int[] sorted = EventOrder.sort(data.dataset(), positions, column(query.sort()), query.ascending());
        return page(sorted, query.offset(), query.limit());
    }

    @Override
    public EventPage actorEvents(String actorId, Filter filter, int offset, int limit) {
        IntList all = actorEvents.get(data).of(actorId);
        IntList kept = new IntList(Math.max(1, all.size()));
        for (int i = 0; i < all.size(); i++) {
            if (passes(filter, all.get(i))) {
                kept.add(all.get(i));
            }
        }
        return page(kept.toArray(), offset, limit);
    }

    @Override
    public List<PairRow> pairs(Filter filter, TimeWindow window, int limit) {
        return WindowPairs.top(pairs.get(filter), data.time(), window.start(), window.end(), limit);
    }

    @Override
    public List<CountryRow> countries(Filter filter, TimeWindow window) {
        return WindowCountries.of(data.dataset(), passing(filter, window));
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return search.get(data.dataset()).search(query, limit, () -> false);
    }

    @Override
    public Optional<EventDetail> event(String id) {
        Dataset dataset = data.dataset();
        return dataset.event(id).map(event -> {
            List<CitedSource> cited = new ArrayList<>();
            for (Citation citation : event.citations()) {
                cited.add(new CitedSource(citation, dataset.source(citation.source()).orElse(null)));
            }
            return new EventDetail(event, cited);
        });
    }

    /**
     * The window's events in the dataset's order (or the first page of them, {@link EventStore#records(TimeWindow,
     * long, int, int)}), what they cite, and every actor, from the dataset's own records.
     */
    @Override
    public Records records(TimeWindow window, long longest, int limit, int first) {
        Dataset dataset = data.dataset();
        int[] positions = longest == Long.MAX_VALUE ? null : lastingAtMost(passing(Filter.NONE, window), longest);
        int count = positions == null ? count(Filter.NONE, window) : positions.length;
        if (count > limit) {
            return new Records(new Dataset(dataset.title(), dataset.description(), List.of(), dataset.actors(), List.of(),
                    List.of(), dataset.periods(), dataset.extras()), count, false);
        }
        if (positions == null) {
            positions = passing(Filter.NONE, window);
        }
        if (count > first) {
            positions = mostCited(positions, first);
        }
        Arrays.sort(positions);
        List<Event> events = new ArrayList<>(positions.length);
        Set<String> named = new LinkedHashSet<>();
        Set<String> cited = new LinkedHashSet<>();
        for (int position : positions) {
            Event event = dataset.events().get(position);
            events.add(event);
            event.participants().forEach(p -> named.add(p.actor()));
            event.citations().forEach(c -> cited.add(c.source()));
        }
        return new Records(new Dataset(dataset.title(), dataset.description(),
                cited.stream().flatMap(id -> dataset.source(id).stream()).toList(),
                dataset.actors(), events,
                dataset.relations().stream().filter(r -> named.contains(r.from()) && named.contains(r.to())).toList(),
                dataset.periods(), dataset.extras()), count, count <= first);
    }

    /** The {@code first} of these events most cited, as a store's first page orders them. */
    private int[] mostCited(int[] positions, int first) {
        List<Event> events = data.dataset().events();
        List<Ranked> ranked = new ArrayList<>(positions.length);
        for (int position : positions) {
            Event event = events.get(position);
            int sources = (int) event.citations().stream().map(Citation::source).distinct().count();
            ranked.add(new Ranked(position, sources, IdHash.of(event.id())));
        }
        ranked.sort(Comparator.comparingInt((Ranked r) -> -r.sources()).thenComparingLong(Ranked::idHash)
                .thenComparingInt(Ranked::position));
        return ranked.stream().limit(first).mapToInt(Ranked::position).toArray();
    }

    /** An event's position with what a first page orders it by, worked out once rather than at each comparison. */
    private record Ranked(int position, int sources, long idHash) {
    }

    /** Nothing is held open: the dataset is the caller's, and the indexes are garbage once the store is. */
    @Override
    public void close() {
    }

    /** The window's events that pass the filter, by start: a pass over the window's events. */
    private int[] passing(Filter filter, TimeWindow window) {
        IntList overlapping = new IntList();
        data.time().overlapping(window.start(), window.end(), overlapping);
        IntList kept = new IntList(Math.max(1, overlapping.size()));
        for (int i = 0; i < overlapping.size(); i++) {
            if (passes(filter, overlapping.get(i))) {
                kept.add(overlapping.get(i));
            }
        }
        return kept.toArray();
    }

    private int[] lastingAtMost(int[] positions, long longest) {
        IntList kept = new IntList(Math.max(1, positions.length));
        for (int position : positions) {
            When when = data.dataset().events().get(position).when();
            if (!when.openStart() && !when.openEnd() && when.end() - when.start() <= longest) {
                kept.add(position);
            }
        }
        return kept.toArray();
    }

    private boolean passes(Filter filter, int position) {
        return filter.isEmpty() || filter.matches(data.dataset().events().get(position), data.dataset());
    }

    private EventPage page(int[] positions, int offset, int limit) {
        int from = Math.min(offset, positions.length);
        int to = (int) Math.min(positions.length, (long) from + limit);
        List<EventRow> rows = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            rows.add(row(positions[i]));
        }
        return new EventPage(rows, positions.length);
    }

    private EventRow row(int position) {
        Event event = data.dataset().events().get(position);
        return new EventRow(position, event.id(), event.title(), event.when(), event.kind(), event.tone(),
                EventCells.sources(event));
    }

    private static EventColumn column(EventSort sort) {
        return switch (sort) {
            case DATE -> EventColumn.DATE;
            case TITLE -> EventColumn.TITLE;
            case KIND -> EventColumn.KIND;
            case TONE -> EventColumn.TONE;
            case SOURCES -> EventColumn.SOURCES;
        };
    }
}
