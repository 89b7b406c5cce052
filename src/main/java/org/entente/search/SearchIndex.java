package org.entente.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.entente.index.SpanSort;
import org.entente.model.Actor;
import org.entente.model.Citation;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.time.WhenFormat;

/**
 * Word-prefix search over a dataset's actors (names and aliases), tags, and events (title, summary and
 * quotes), for the search field's suggestions. Built once per dataset; immutable afterwards, so any
 * number of threads may query it.
 *
 * <p>Hits come actors first (whole name, then name, then alias), then events (title, then summary,
 * then quote); a query written with a leading {@code #} finds tags instead (most used first). Within
 * each tier a match where every query word is a whole word ranks above one where some query word only
 * begins a word. Events that tie go latest first, by
 * the start of their date, and then in file order: records are numbered in that order, so posting
 * lists are already sorted by it.
 */
public final class SearchIndex {
    private static final int NAME = 0;
    private static final int ALIAS = 1;
    private static final int TITLE = 0;
    private static final int SUMMARY = 1;
    private static final int QUOTE = 2;
    private static final double[] ACTOR_SCORES = {100, 90, 85, 80, 75};
    private static final double[] TAG_SCORES = {60, 55};
    private static final double[] EVENT_SCORES = {40, 35, 30, 25, 20, 15};

    private final Dataset dataset;
    private final Postings actorWords;
    private final Postings tagWords;
    /** Tags by number: most used first, then alphabetically. */
    private final String[] tags;
    private final int[] tagCounts;
    private final Postings eventWords;
    /** The position in the dataset of the event numbered {@code doc}, numbered latest first. */
    private final int[] eventAtDoc;

    private SearchIndex(Dataset dataset, Postings actorWords, Postings tagWords, String[] tags, int[] tagCounts,
                        Postings eventWords, int[] eventAtDoc) {
        this.dataset = dataset;
        this.actorWords = actorWords;
        this.tagWords = tagWords;
        this.tags = tags;
        this.tagCounts = tagCounts;
        this.eventWords = eventWords;
        this.eventAtDoc = eventAtDoc;
    }

    public static SearchIndex of(Dataset dataset) {
        List<Actor> actors = dataset.actors();
        PostingsBuilder actorBuilder = new PostingsBuilder(actors.size());
        for (int i = 0; i < actors.size(); i++) {
            Actor actor = actors.get(i);
            actorBuilder.add(i, NAME, SearchText.normalize(actor.name()));
            for (String alias : orEmpty(actor.aliases())) {
                actorBuilder.add(i, ALIAS, SearchText.normalize(alias));
            }
        }

        List<Event> events = dataset.events();
        int[] eventAtDoc = latestFirst(events);
        PostingsBuilder eventBuilder = new PostingsBuilder(events.size());
        Map<String, int[]> tagCounts = new HashMap<>();
        for (int doc = 0; doc < eventAtDoc.length; doc++) {
            Event event = events.get(eventAtDoc[doc]);
            eventBuilder.add(doc, TITLE, SearchText.normalize(event.title()));
            eventBuilder.add(doc, SUMMARY, SearchText.normalize(event.summary()));
            for (Citation citation : orEmpty(event.citations())) {
                eventBuilder.add(doc, QUOTE, SearchText.normalize(citation.quote()));
            }
            for (String tag : orEmpty(event.tags())) {
                tagCounts.computeIfAbsent(tag, t -> new int[1])[0]++;
            }
        }

        String[] tags = tagCounts.keySet().toArray(String[]::new);
        Arrays.sort(tags, (a, b) -> {
            int byCount = Integer.compare(tagCounts.get(b)[0], tagCounts.get(a)[0]);
            return byCount != 0 ? byCount : a.compareTo(b);
        });
        int[] counts = new int[tags.length];
        PostingsBuilder tagBuilder = new PostingsBuilder(tags.length);
        for (int i = 0; i < tags.length; i++) {
            counts[i] = tagCounts.get(tags[i])[0];
            tagBuilder.add(i, 0, SearchText.normalize(tags[i]));
        }
        return new SearchIndex(dataset, actorBuilder.build(), tagBuilder.build(), tags, counts,
                eventBuilder.build(), eventAtDoc);
    }

    /** Event positions by start, latest first; the complement keeps the sort stable and open starts last. */
    private static int[] latestFirst(List<Event> events) {
        long[] keys = new long[events.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ~events.get(i).when().start();
        }
        return SpanSort.byStart(keys, keys.length);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /**
     * The best {@code limit} hits for {@code query}, best first; none for a blank query. A query that
     * starts with {@code #} asks for tags and finds only tags; any other finds actors and events, so that
     * the best hit for a word is something to select, never a filter the user did not ask for.
     * {@code cancelled} is polled as the search goes, and a cancelled search returns no hits.
     */
    public List<SearchHit> search(String query, int limit, BooleanSupplier cancelled) {
        List<String> words = SearchText.queryWords(query == null ? "" : query);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>();
        boolean found = query.strip().startsWith("#")
                ? addTags(words, limit, cancelled, hits)
                : addActors(words, SearchText.words(SearchText.normalize(query)), limit, cancelled, hits)
                        && addEvents(words, limit - hits.size(), cancelled, hits);
        return found ? hits : List.of();
    }

    private boolean addActors(List<String> words, List<String> allWords, int limit, BooleanSupplier cancelled,
                              List<SearchHit> hits) {
        Postings.Matches matches = actorWords.match(words, cancelled);
        if (matches == null) {
            return false;
        }
        SmallestKeys best = new SmallestKeys(limit);
        for (int k = 0; k < matches.size(); k++) {
            int position = matches.docs()[k];
            int rank = matches.rank(position);
            int tier = rank == 0 && isWholeName(position, allWords) ? 0 : rank + 1;
            best.offer((long) tier << 32 | position);
        }
        for (long key : best.sorted()) {
            int tier = (int) (key >>> 32);
            Actor actor = dataset.actors().get((int) key);
            String detail = actor.kind().id();
            if (tier >= 3) {
                detail += " · alias " + matchedAlias(actor, words);
            }
            hits.add(new SearchHit(HitKind.ACTOR, actor.id(), actor.name(), detail, ACTOR_SCORES[tier]));
        }
        return true;
    }

    private boolean isWholeName(int position, List<String> queryWords) {
        return SearchText.words(SearchText.normalize(dataset.actors().get(position).name())).equals(queryWords);
    }

    private static String matchedAlias(Actor actor, List<String> words) {
        String best = null;
        int bestFound = 0;
        for (String alias : orEmpty(actor.aliases())) {
            int found = Snippets.wordsFound(alias, words);
            if (found > bestFound) {
                best = alias;
                bestFound = found;
            }
        }
        return best;
    }

    private boolean addTags(List<String> words, int limit, BooleanSupplier cancelled, List<SearchHit> hits) {
        if (limit <= 0) {
            return true;
        }
        Postings.Matches matches = tagWords.match(words, cancelled);
        if (matches == null) {
            return false;
        }
        SmallestKeys best = new SmallestKeys(limit);
        for (int k = 0; k < matches.size(); k++) {
            int tag = matches.docs()[k];
            best.offer((long) matches.rank(tag) << 32 | tag);
        }
        for (long key : best.sorted()) {
            int tag = (int) key;
            int count = tagCounts[tag];
            hits.add(new SearchHit(HitKind.TAG, tags[tag], "#" + tags[tag],
                    count + (count == 1 ? " event" : " events"), TAG_SCORES[(int) (key >>> 32)]));
        }
        return true;
    }

    private boolean addEvents(List<String> words, int limit, BooleanSupplier cancelled, List<SearchHit> hits) {
        if (limit <= 0) {
            return true;
        }
        Postings.Matches matches = eventWords.match(words, cancelled);
        if (matches == null || cancelled.getAsBoolean()) {
            return false;
        }
        SmallestKeys best = new SmallestKeys(limit);
        for (int k = 0; k < matches.size(); k++) {
            int doc = matches.docs()[k];
            best.offer((long) matches.rank(doc) << 32 | doc);
        }
        for (long key : best.sorted()) {
            int rank = (int) (key >>> 32);
            Event event = dataset.events().get(eventAtDoc[(int) key]);
            String detail = WhenFormat.format(event.when()) + " · " + whereFound(event, rank >> 1, words);
            hits.add(new SearchHit(HitKind.EVENT, event.id(), event.title(), detail, EVENT_SCORES[rank]));
        }
        return true;
    }

    private static String whereFound(Event event, int field, List<String> words) {
        if (field == TITLE) {
            return "in the title";
        }
        if (field == SUMMARY) {
            return "in the summary: " + Snippets.around(event.summary(), words);
        }
        String quote = "";
        int bestFound = -1;
        for (Citation citation : orEmpty(event.citations())) {
            String text = citation.quote() == null ? "" : citation.quote();
            int found = Snippets.wordsFound(text, words);
            if (found > bestFound) {
                quote = text;
                bestFound = found;
            }
        }
        return "in a quote: " + Snippets.around(quote, words);
    }
}
