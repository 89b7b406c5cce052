package org.entente.work;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A question asked in the background again and again, such as a view's counts of the time it shows: asking
 * what was asked last asks nothing, a newer question cancels the older, and the latest answer stays on hand,
 * whatever it was asked for, until the next comes, so that a view keeps its picture meanwhile. Use it from
 * one thread only (the UI thread), as {@link LatestJob}.
 */
public final class LatestAnswer<Q, A> {
    private final LatestJob<A> job;
    private final BiFunction<Q, BooleanSupplier, A> answering;
    private final Consumer<A> onAnswer;
    private Q asked;
    private Q answered;
    private A answer;

    /** {@code answering} answers a question on {@code worker}; {@code onAnswer} hears each answer on {@code ui}. */
    public LatestAnswer(Executor worker, Executor ui, BiFunction<Q, BooleanSupplier, A> answering, Consumer<A> onAnswer) {
        this.job = new LatestJob<>(worker, ui);
        this.answering = answering;
        this.onAnswer = onAnswer;
    }

    /** Asks at once, unless this was asked last. */
    public void ask(Q question) {
        ask(question, Runnable::run);
    }

    /**
     * Asks unless this was asked last: the question counts as asked now (so that {@link #coming()} says so),
     * and {@code start} starts it, at once or later; a newer question drops it, started or not.
     */
    public void ask(Q question, Consumer<Runnable> start) {
        if (question.equals(asked)) {
            return;
        }
        asked = question;
        job.cancel();
        start.accept(() -> {
            if (question.equals(asked)) {
                job.run(cancelled -> answering.apply(question, cancelled), found -> {
                    answered = question;
                    answer = found;
                    onAnswer.accept(found);
                }, failure -> asked = null);
            }
        });
    }

    /** The latest answer, whatever it was asked for; null before the first. */
    public A answer() {
        return answer;
    }

    /** Whether the answer on hand is the one last asked for, so that nothing newer is coming. */
    public boolean current() {
        return answer != null && Objects.equals(answered, asked);
    }

    /** Whether an answer to the last question is still awaited. */
    public boolean coming() {
        return asked != null && !current();
    }

    /** Drops the question under way; the answer on hand stays. */
    public void cancel() {
        job.cancel();
        asked = null;
    }

    /** Drops the question under way and forgets the answer. */
    public void clear() {
        cancel();
        answered = null;
        answer = null;
    }
}
