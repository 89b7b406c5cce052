package org.entente.graph;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.store.EventStore;
import org.entente.store.PairRow;
import org.entente.work.LatestAnswer;
import org.entente.work.Workers;

/**
 * Asks a store, in the background, for the pairs of actors sharing most of the graph's time when its
 * records do not cover that time, and keeps the latest answer: the graph draws it until a newer one comes.
 * A newer question cancels the older, the store stopping its query under way; asking again what was asked
 * last asks nothing.
 */
final class StorePairs {
    /**
     * How many pairs are asked for: enough for the graph's limits to pick its busiest actors and their ties
     * from, and as many as a store's scrub step answers quickly (at a hundred million events, 143 ms for a
     * thousand, 326 for two thousand).
     */
    static final int LIMIT = 1_000;
    /** Counts the window's events while the pairs are asked, on a connection of its own. */
    private static final Executor COUNTING = Workers.single("entente-graph-count");

    /** What was asked: the {@code limit} pairs sharing most of the window's events that the filter passes. */
    record Question(EventStore store, Filter filter, TimeWindow window, int limit) {
    }

    /** The pairs, most events first, and how many events the window holds in all. */
    record Answer(Question question, List<PairRow> rows, int events) {
    }

    private final LatestAnswer<Question, Answer> latest;

    StorePairs(Executor worker, Executor ui, Consumer<Answer> onAnswer) {
        this.latest = new LatestAnswer<>(worker, ui, StorePairs::answer, onAnswer);
    }

    /** Asks unless this was asked last; the answer on hand stays meanwhile. */
    void ask(Question question) {
        latest.ask(question);
    }

    /**
     * The pairs and, beside them, the count: a scrub step's pairs keep one of the engine's threads busy for
     * most of their time, so the count, asked after them, added its whole time (10 to 15 ms of a step of 100 at
     * a hundred million) and, asked beside them, adds little.
     */
    private static Answer answer(Question q, BooleanSupplier cancelled) {
        CompletableFuture<Integer> events = CompletableFuture.supplyAsync(
                () -> q.store().unlessCancelled(cancelled, () -> q.store().count(q.filter(), q.window())), COUNTING);
        List<PairRow> rows = q.store().unlessCancelled(cancelled, () -> q.store().pairs(q.filter(), q.window(), q.limit()));
        try {
            return new Answer(q, rows, events.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    /**
     * What the bar over a graph drawn from a store's counts says: what it shows (nothing yet without an
     * answer), and whether finer data is coming, pairs of a newer time or the time's records.
     */
    static String describe(Answer answer, boolean coming) {
        if (answer == null) {
            return "Asking the store for the pairs of actors of this time\u2026";
        }
        String pairs = String.format(Locale.ROOT, "the %,d pairs of actors sharing%s this time's %,d events",
                answer.rows().size(), answer.rows().size() < answer.question().limit() ? "" : " most of", answer.events());
        return "Drawn from the store's counts: " + pairs + ". Zoom in to see the events one by one"
                + (coming ? " \u2014 finer data coming\u2026" : "");
    }

    /** Whether an answer to the last question is still awaited, so that the graph says finer data is coming. */
    boolean coming() {
        return latest.coming();
    }

    /** Forgets what was asked and answered: the graph's time is covered by records again, or the store went. */
    void clear() {
        latest.clear();
    }
}
