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
     */
    private List<SearchHit> events(List<String> words, int limit) {
        Sql sql = new Sql("SELECT id, title, when_text FROM events WHERE pos IN (");
        for (int i = 0; i < words.size(); i++) {
            sql.add(i == 0 ? "" : " INTERSECT ").add("SELECT pos FROM title_words WHERE word >= ? AND word < ?",
                    words.get(i), words.get(i) + Character.MAX_VALUE);
        }
        sql.add(") ORDER BY " + StoreFilter.BY_TIME + " LIMIT ?", limit);
        List<SearchHit> hits = new ArrayList<>();
        query.run(sql, r -> hits.add(new SearchHit(HitKind.EVENT, r.getString(1), r.getString(2),
                WhenFormat.format(RecordJson.when(r.getString(3))) + " · in the title", EVENT_TITLE)));
        return hits;
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
