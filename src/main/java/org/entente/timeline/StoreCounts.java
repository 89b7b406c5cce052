package org.entente.timeline;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.store.Density;
import org.entente.store.DensityRequest;
import org.entente.store.EventStore;
import org.entente.strata.ColorMode;
import org.entente.work.LatestJob;

/**
 * The counts a store gives the timeline where it cannot draw events one by one: the density of the window
 * in view (when the records held do not cover it) and of the overview's extent. Frames draw the latest
 * answers they have, stretched to the window they show, and ask for the counts they would rather have;
 * an answer arriving redraws. The two questions run apart, so that panning never holds up the overview,
 * and a newer question of either kind cancels the older one.
 */
final class StoreCounts {

    /** What was asked: the counts of {@code bins} equal bins across {@code window} of the events the filter passes. */
    record Question(EventStore store, TimeWindow window, int bins, Filter filter, ColorMode colors) {
    }

    /** The answer to a question, with how many events the window holds in all. */
    record Answer(Question question, Density density, int events) {

        /**
         * Puts the counts of the answer's bin at instant {@code t} in column {@code column} of
         * {@code groups} (per group) and {@code totals}; zeros where the answer does not reach.
         */
        void fill(long t, int[][] groups, int[] totals, int column) {
            TimeWindow window = question.window();
            int[][] counts = density.counts();
            int bin = window.contains(t)
                    ? (int) Math.min(question.bins() - 1, (t - window.start()) * (double) question.bins() / window.span()) : -1;
            int sum = 0;
            for (int g = 0; g < groups.length; g++) {
                int c = bin >= 0 && g < counts.length ? counts[g][bin] : 0;
                groups[g][column] = c;
                sum += c;
            }
            totals[column] = sum;
        }
    }

    /** One kind of question, with its job, what it asked last and the latest answer. */
    private final class Channel {
        private final LatestJob<Answer> job;
        private Question asked;
        private Answer answer;

        Channel(Executor worker, Executor ui) {
            job = new LatestJob<>(worker, ui);
        }

        void ask(Question question) {
            if (!question.equals(asked)) {
                asked = question;
                job.run(cancelled -> answer(question, cancelled), found -> {
                    answer = found;
                    onAnswer.run();
                });
            }
        }

        Answer of(EventStore store) {
            return answer != null && answer.question().store() == store ? answer : null;
        }

        void clear() {
            job.cancel();
            asked = null;
            answer = null;
        }
    }

    private final Channel body;
    private final Channel overview;
    private final Runnable onAnswer;

    StoreCounts(Executor worker, Executor ui, Runnable onAnswer) {
        this.body = new Channel(worker, ui);
        this.overview = new Channel(worker, ui);
        this.onAnswer = onAnswer;
    }

    /** Asks for the window's counts unless they were asked for last; the answer held meanwhile stays. */
    void askBody(Question question) {
        body.ask(question);
    }

    /** Asks for the overview's counts unless they were asked for last. */
    void askOverview(Question question) {
        overview.ask(question);
    }

    private static Answer answer(Question q, BooleanSupplier cancelled) {
        return q.store().unlessCancelled(cancelled, () -> new Answer(q,
                q.store().density(DensityRequest.all(q.filter(), q.window(), q.bins(), q.colors())),
                q.store().count(q.filter(), q.window())));
    }

    /** The latest answer for the window of this store, whatever window it was asked for; null before the first. */
    Answer body(EventStore store) {
        return body.of(store);
    }

    Answer overview(EventStore store) {
        return overview.of(store);
    }

    /** Whether the window's counts on hand are those last asked for, so that nothing finer is coming. */
    boolean bodyCurrent() {
        return body.answer != null && Objects.equals(body.answer.question(), body.asked);
    }

    /** Forgets what was asked and answered, when the store goes. */
    void clear() {
        body.clear();
        overview.clear();
    }
}
