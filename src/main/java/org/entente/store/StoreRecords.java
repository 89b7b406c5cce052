package org.entente.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.entente.model.ActorIndex;
import org.entente.model.Citation;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Period;
import org.entente.model.Relation;
import org.entente.model.Source;
import org.entente.query.TimeWindow;

/**
 * A window of a {@link SqlStore} read back in full, as a dataset the views can show record by record:
 * the window's events with their citations, every actor of the store (which it holds in memory, so that
 * an actor found by search or named by a relation is known whatever the window), the sources the events
 * cite, and the store's relations among the actors they name and its periods. It costs what the window
 * holds: the citations are found by the range of the events' positions, which the engine narrows to a few
 * blocks, the sources by the hashes of their ids.
 */
final class StoreRecords {
    private static final int CHUNK = 1_000;
    /**
     * The order of a first page, ending a statement on the window's rows with its size as parameter: most
     * distinct sources first, ties by a hash of the ids, so that the page spreads over the window.
     */
    private static final String MOST_CITED = " ORDER BY sources DESC, id_hash, pos LIMIT ?";
    /** The most sources kept in memory, some 60 MB: beyond, each window's are looked up. */
    static final int KEPT_SOURCES = 200_000;

    private final SqlStore store;
    private final StoreMeta meta;
    private List<Relation> relations;
    private About about;
    private Map<String, Source> sources;

    StoreRecords(SqlStore store, StoreMeta meta) {
        this.store = store;
        this.meta = meta;
    }

    /**
     * The records of the window's events lasting {@code longest} or less, none when more than {@code limit} do,
     * the {@code first} most cited of them when more than that do.
     */
    Records read(TimeWindow window, long longest, int limit, int first, ActorIndex actors) {
        About about = about();
        // The day counts in memory often say at once that a window holds too many, or few enough, with no scan
        // of its rows (a count took 5 to 8 ms of a day's 100 at a hundred million events, and 11 to 45 in the
        // app, beside the views' own questions); else the count stops one row past the limit, so that a wide
        // window costs no more than a narrow one.
        int count = longest == Long.MAX_VALUE ? store.atLeast(window) : 0;
        int bound = longest == Long.MAX_VALUE ? store.atMost(window)
                : Math.min(store.atMost(window), store.startingAtMost(window, longest));
        boolean counted = false;
        if (count <= limit && bound > limit) {
            count = store.single(counting(window, longest, limit));
            counted = true;
        }
        if (count > limit) {
            return new Records(new Dataset(about.title(), about.description(), List.of(), actors, List.of(), List.of(),
                    about.periods(), Extras.NONE), count, false);
        }
        // A page costs less than all only when the events lie in one run of rows: long events lie anywhere in
        // the store, and reading a thousand of them, their citations above all, costs as much as all of them
        // (at a million events, a day's 5,000 events, 3,500 of them long: 110 ms all, 140 ms a page).
        boolean oneRun = !meta.hasLong() || longest <= meta.maxShortSpan();
        // How many there are in all, when a page of them may be asked: counted above already, or now.
        int of = 0;
        if (oneRun && bound > first) {
            of = counted ? count : store.single(counting(window, longest, limit));
        }
        boolean paged = of > first;
        // Sorted here rather than by the engine: ORDER BY made DuckDB gather every column of the rows, their
        // texts, to sort them (150 rather than 95 ms for 40,000 events), while they come in order of position
        // without it (it keeps a scan's order) and a sort of sorted rows only looks at them. A page's top rows
        // are the engine's to find: DuckDB reads the texts of those rows only (12 to 33 ms for a day's first
        // thousand at a hundred million, against 40 to 80 for the same rows named by an IN list).
        RecordRows rows = store.recordRows();
        List<Shell> shells = new ArrayList<>();
        Sql sql = new Sql("SELECT " + RecordRows.eventColumns(store.dialect()) + " FROM ");
        StoreFilter.rows(sql, window, longest, meta);
        if (paged) {
            sql.add(MOST_CITED, (long) first);
        }
        store.query(sql, r -> shells.add(new Shell(r.getInt(1), rows.event(r))));
        shells.sort(Comparator.comparingInt(Shell::pos));
        List<Event> full = withCitations(window, longest, paged ? first : 0, shells, rows);
        Set<String> named = new LinkedHashSet<>();
        full.forEach(e -> e.participants().forEach(p -> named.add(p.actor())));
        Dataset dataset = new Dataset(about.title(), about.description(), cited(full), actors, full, relations(named),
                about.periods(), Extras.NONE);
        return paged ? new Records(dataset, of, false) : new Records(dataset, full.size(), true);
    }

    /** How many of the window's events last {@code longest} or less, counted one past {@code limit} at most. */
    private Sql counting(TimeWindow window, long longest, int limit) {
        Sql counting = new Sql("SELECT count(*) FROM (SELECT 1 FROM ");
        StoreFilter.rows(counting, window, longest, meta);
        return counting.add(" LIMIT ?)", (long) limit + 1);
    }

    /** An event without its citations, and its position in the store. */
    private record Shell(int pos, Event event) {
    }

    /** A citation of the event at a position, the {@code ord}th of its citations. */
    private record Cited(int pos, int ord, Citation citation) {
    }

    /**
     * The events with their citations: those whose position lies between the events' least and greatest,
     * which the engine narrows to a few blocks, and among them only the window's own (its first {@code page}
     * most cited when that is more than none), so that no other event's quotes are read; sorted here, as
     * the events are.
     */
    private List<Event> withCitations(TimeWindow window, long longest, int page, List<Shell> shells, RecordRows reader) {
        if (shells.isEmpty()) {
            return List.of();
        }
        List<Cited> rows = new ArrayList<>();
        Sql sql = new Sql("SELECT " + RecordRows.citationColumns(store.dialect()) + " FROM citations WHERE pos BETWEEN ? AND ?",
                shells.get(0).pos(), shells.get(shells.size() - 1).pos());
        sql.add(" AND pos IN (SELECT pos FROM ");
        StoreFilter.rows(sql, window, longest, meta);
        if (page > 0) {
            // The page's top rows found again rather than its positions sent back: a thousand of them as an IN
            // list cost DuckDB as much (25 to 63 ms against 12 to 57 for a day's page), and the top rows of
            // three columns are cheap.
            sql.add(MOST_CITED, (long) page);
        }
        sql.add(")");
        store.query(sql, r -> rows.add(new Cited(r.getInt(1), r.getInt(2), reader.citation(r))));
        rows.sort(Comparator.comparingInt(Cited::pos).thenComparingInt(Cited::ord));
        List<Event> full = new ArrayList<>(shells.size());
        int next = 0;
        for (Shell shell : shells) {
            while (next < rows.size() && rows.get(next).pos() < shell.pos()) {
                next++;
            }
            int from = next;
            while (next < rows.size() && rows.get(next).pos() == shell.pos()) {
                next++;
            }
            full.add(shell.event().withCitations(rows.subList(from, next).stream().map(Cited::citation).toList()));
        }
        return full;
    }

    /**
     * The sources the events cite: from memory when the store has few enough to keep there, else looked up
     * by their ids' hashes in chunks that keep each statement small (a feed's store has a source per event).
     */
    private List<Source> cited(List<Event> full) {
        Set<String> ids = new LinkedHashSet<>();
        full.forEach(e -> e.citations().forEach(c -> ids.add(c.source())));
        if (meta.stats().sources() <= KEPT_SOURCES) {
            Map<String, Source> all = allSources();
            return ids.stream().map(all::get).filter(Objects::nonNull).toList();
        }
        List<String> wanted = List.copyOf(ids);
        List<Source> found = new ArrayList<>(wanted.size());
        for (int from = 0; from < wanted.size(); from += CHUNK) {
            List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + CHUNK));
            Set<String> exact = Set.copyOf(chunk);
            Sql sql = new Sql("SELECT id, title, publisher, published, url, reliability, extras FROM sources WHERE id_hash IN (");
            sql.values(chunk.stream().map(IdHash::of).toList()).add(")");
            store.query(sql, r -> {
                Source source = SqlStore.source(r);
                if (exact.contains(source.id())) {
                    found.add(source);
                }
            });
        }
        return found;
    }

    /**
     * Every source of a store that has few, read once: a thousand ids a statement took seconds for the
     * tens of thousands of sources a week of a hundred million events cites.
     */
    private synchronized Map<String, Source> allSources() {
        if (sources == null) {
            Map<String, Source> read = new HashMap<>();
            store.query(new Sql("SELECT id, title, publisher, published, url, reliability, extras FROM sources"),
                    r -> {
                        Source source = SqlStore.source(r);
                        read.put(source.id(), source);
                    });
            // A HashMap, not Map.copyOf: a window looks up as many ids as it has citations (some 20,000 for a
            // day at a hundred million), and the immutable map's open addressing probed them at twice the cost.
            sources = Collections.unmodifiableMap(read);
        }
        return sources;
    }

    /** The store's relations whose two ends are both among the window's actors, as a graph of them shows. */
    private List<Relation> relations(Set<String> named) {
        return allRelations().stream().filter(r -> named.contains(r.from()) && named.contains(r.to())).toList();
    }

    /**
     * Every relation of the store, read once: a store holds few beside its events (a generated hundred
     * million events have twenty thousand), and reading them for each window took more than its events.
     */
    private synchronized List<Relation> allRelations() {
        if (relations != null) {
            return relations;
        }
        List<Relation> read = new ArrayList<>();
        if (meta.stats().relations() > 0) {
            store.query(new Sql("SELECT id, from_actor, to_actor, kind, directed, when_text, tone, summary, citations, extras"
                    + " FROM relations"), r -> {
                        double tone = r.getDouble(7);
                        boolean noTone = r.wasNull();
                        read.add(new Relation(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getBoolean(5), RecordJson.when(r.getString(6)), noTone ? Double.NaN : tone,
                                r.getString(8), RecordJson.citations(r.getString(9)), RecordJson.extras(r.getString(10))));
                    });
        }
        relations = List.copyOf(read);
        return relations;
    }

    /** What a store says of itself, the same for every window: its title, its description and its periods. */
    private record About(String title, String description, List<Period> periods) {
    }

    /** What the store says of itself, read once: a store does not change while it is open. */
    private synchronized About about() {
        if (about == null) {
            String[] texts = new String[2];
            store.query(new Sql("SELECT title, description FROM meta"), r -> {
                texts[0] = r.getString(1);
                texts[1] = r.getString(2);
            });
            List<Period> periods = new ArrayList<>();
            store.query(new Sql("SELECT id, title, when_text, extras FROM periods"), r -> periods.add(new Period(
                    r.getString(1), r.getString(2), RecordJson.when(r.getString(3)), RecordJson.extras(r.getString(4)))));
            about = new About(texts[0], texts[1], List.copyOf(periods));
        }
        return about;
    }
}
