package org.entente.store;

import java.util.ArrayList;
import java.util.List;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Extras;
import org.entente.search.HitKind;
import org.entente.search.SearchHit;
import org.entente.search.SearchIndex;
import org.entente.search.SearchText;
import org.entente.time.WhenFormat;

/**
 * The search field's answers from a store: actors from the in-memory {@link SearchIndex} over the store's
 * actors (there are few), tags from the store's tag counts, and events from its index of title words, each
 * query word the start of a word of the title, earliest first. Unlike a dataset in memory, a store looks for events in their titles
 * only: summaries and quotes would cost a scan of every row's text for every keystroke.
 */
final class StoreSearch {
    /** The scores {@link SearchIndex} gives tags (all words of the tag, or some) and events found by title. */
    private static final double TAG_WHOLE = 60;
    private static final double TAG_PART = 55;
    private static final double EVENT_TITLE = 40;
    /** The first bound on events' places in the file that a search for the earliest looks below, and its growth. */
    private static final long FIRST_BOUND = 1 << 16;
    private static final long WIDER = 16;

    /** Asks the store; the store's own lock and error handling come with it. */
    interface Query {
        void run(Sql sql, RowReader reader);
    }

    private final Query query;
    private final SearchIndex actors;
    private final SqlDialect dialect;

    StoreSearch(Query query, List<Actor> actors, SqlDialect dialect) {
        this.query = query;
        this.dialect = dialect;
        this.actors = SearchIndex.of(new Dataset("", null, List.of(), actors, List.of(), List.of(), Extras.NONE));
    }

    List<SearchHit> search(String text, int limit) {
        List<String> words = SearchText.queryWords(text == null ? "" : text);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        if (text.strip().startsWith("#")) {
            return tags(words, limit);
        }
        List<SearchHit> hits = new ArrayList<>(actors.search(text, limit, () -> false));
        if (hits.size() < limit) {
            hits.addAll(events(words, limit - hits.size()));
        }
        return List.copyOf(hits);
    }

    /** Tags one of whose words starts with each query word, all-word matches first. */
    private List<SearchHit> tags(List<String> words, int limit) {
        Sql sql = new Sql("SELECT x.text, t.n FROM tag_counts t JOIN names x ON x.family = 'tag' AND x.number = t.tag"
                + " WHERE true");
        wordStarts(sql, "x.text", words, dialect);
        sql.add(" ORDER BY t.n DESC, x.text LIMIT ?", limit);
        List<SearchHit> hits = new ArrayList<>();
        query.run(sql, r -> {
            String tag = r.getString(1);
            int count = r.getInt(2);
            boolean whole = SearchText.queryWords(tag).size() == words.size();
            hits.add(new SearchHit(HitKind.TAG, tag, "#" + tag, count + (count == 1 ? " event" : " events"),
                    whole ? TAG_WHOLE : TAG_PART));
        });
        hits.sort((a, b) -> Double.compare(b.score(), a.score()));
        return hits;
    }

    /**
     * Events with a title word starting with each query word, earliest first: for each word a range of the
     * sorted title words, which the engine reads from the blocks that hold it, and the events in all ranges.
     * A common word's range holds millions of events, so the earliest are found in two steps: among the
     * events first in the file (those below a bound, widened until enough match), the start of the last
     * of the earliest few, which no event of the answer starts after; then the events starting by then,
     * whose places in the file all lie below the last of them, which bounds each word's range again. Each
     * bound is put on the events too, so that the engine reads the few blocks of them that hold it.
     */
    private List<SearchHit> events(List<String> words, int limit) {
        Long by = null;
        for (long bound = FIRST_BOUND; bound < Integer.MAX_VALUE && by == null; bound *= WIDER) {
            int[] found = {0};
            query.run(new Sql("SELECT count(*) FROM (").add(matching(words, bound)).add(") AS m"), r -> found[0] = r.getInt(1));
            if (found[0] >= limit) {
                List<Long> starts = new ArrayList<>();
                query.run(new Sql("SELECT start_ms FROM events WHERE pos < ? AND pos IN (", bound).add(matching(words, bound))
                        .add(") ORDER BY " + StoreFilter.BY_TIME + " LIMIT ?", limit), r -> starts.add(r.getLong(1)));
                by = starts.get(limit - 1);
            }
        }
        Sql sql = new Sql("SELECT id, title, when_text FROM events WHERE pos IN (");
        if (by == null) {
            sql.add(matching(words, null)).add(")");
        } else {
            long[] last = {0};
            query.run(new Sql("SELECT max(pos) FROM events WHERE start_ms <= ?", by), r -> last[0] = r.getLong(1));
            sql.add(matching(words, last[0] + 1)).add(") AND start_ms <= ? AND pos <= ?", by, last[0]);
        }
        sql.add(" ORDER BY " + StoreFilter.BY_TIME + " LIMIT ?", limit);
        List<SearchHit> hits = new ArrayList<>();
        query.run(sql, r -> hits.add(new SearchHit(HitKind.EVENT, r.getString(1), r.getString(2),
                WhenFormat.format(RecordJson.when(r.getString(3))) + " · in the title", EVENT_TITLE)));
        return hits;
    }

    /** The places of the events with a title word starting with each query word, below {@code bound} if any. */
    private static Sql matching(List<String> words, Long bound) {
        Sql sql = new Sql("");
        for (int i = 0; i < words.size(); i++) {
            sql.add(i == 0 ? "" : " INTERSECT ").add("SELECT pos FROM title_words WHERE word >= ? AND word < ?",
                    words.get(i), words.get(i) + Character.MAX_VALUE);
            if (bound != null) {
                sql.add(" AND pos < ?", bound);
            }
        }
        return sql;
    }

    /**
     * A condition per word: the column, folded as {@link SearchText#normalize} folds, has a word starting
     * with it. Query words are letters and digits only, so none can mean anything to the pattern.
     */
    private static void wordStarts(Sql sql, String column, List<String> words, SqlDialect dialect) {
        for (String word : words) {
            sql.add(" AND " + dialect.foldedMatches(column), "(^|[^\\p{L}\\p{N}])" + word);
        }
    }
}
