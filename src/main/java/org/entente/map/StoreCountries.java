package org.entente.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.entente.places.MapFrame;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.store.CountryRow;
import org.entente.store.EventStore;
import org.entente.work.LatestAnswer;

/**
 * The store's counts per country of the map's time, for when the records held do not cover it: the map
 * then shades the countries by them, as it shades a file's by the events it places. Asked in the
 * background, a newer question cancelling the older; the latest answer stays, whatever time it was asked
 * for, until the next arrives, so that the map keeps its picture meanwhile.
 */
final class StoreCountries {

    /** What was asked: the countries of the events of {@code window} that the filter passes. */
    record Question(EventStore store, TimeWindow window, Filter filter) {
    }

    /**
     * The answer: how many events the time holds, and its countries as a frame of country values alone
     * (numbered by {@code countries}), with each country's row by its code.
     */
    record Answer(Question question, int events, MapFrame frame, MapCountries countries, Map<String, CountryRow> byCode) {
    }

    /** How long the map's time must rest before a new question goes (the first goes at once). */
    private static final Duration SETTLE = Duration.millis(150);

    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final LatestAnswer<Question, Answer> latest;

    StoreCountries(Executor worker, Executor ui, Runnable onAnswer) {
        this.latest = new LatestAnswer<>(worker, ui, StoreCountries::answer, found -> onAnswer.run());
    }

    /**
     * Asks for the countries unless they were asked for last; the answer held meanwhile stays. The first
     * question of a store goes at once; a later one waits until the time stops moving for a moment, so that
     * while the cursor is scrubbed the map does not take from the graph the cores its pairs need, and
     * catches up when the scrub rests.
     */
    void ask(Question question) {
        boolean first = of(question.store()) == null;
        latest.ask(question, start -> {
            settle.stop();
            if (first) {
                start.run();
            } else {
                settle.setOnFinished(e -> start.run());
                settle.playFromStart();
            }
        });
    }

    /** The latest answer of this store, whatever time it was asked for; null before the first. */
    Answer of(EventStore store) {
        Answer answer = latest.answer();
        return answer != null && answer.question().store() == store ? answer : null;
    }

    /** Whether the answer on hand is the one last asked for, so that nothing newer is coming. */
    boolean current() {
        return latest.current();
    }

    /** Drops the question under way, when the map goes. */
    void cancel() {
        settle.stop();
        latest.cancel();
    }

    private static Answer answer(Question q, BooleanSupplier cancelled) {
        return q.store().unlessCancelled(cancelled, () -> {
            List<CountryRow> rows = q.store().countries(q.filter(), q.window());
            int events = q.store().count(q.filter(), q.window());
            String[] codes = new String[rows.size()];
            List<MapFrame.CountryValue> values = new ArrayList<>(rows.size());
            Map<String, CountryRow> byCode = new HashMap<>();
            for (int country = 0; country < codes.length; country++) {
                CountryRow row = rows.get(country);
                codes[country] = row.code();
                values.add(new MapFrame.CountryValue(country, row.events(), row.meanTone()));
                byCode.put(row.code(), row);
            }
            return new Answer(q, events, MapFrame.ofCountries(values), new MapCountries(codes), Map.copyOf(byCode));
        });
    }
}
