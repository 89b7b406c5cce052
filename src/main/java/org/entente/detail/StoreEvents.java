package org.entente.detail;

import java.util.Locale;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.entente.query.Filter;
import org.entente.store.EventPage;
import org.entente.store.EventRow;
import org.entente.store.EventStore;
import org.entente.work.LatestJob;

/**
 * An actor's events in the whole of a store, beside those of the records held: the store answers in the
 * background, the section shows that it is asking, and the answer is kept for the next rebuild (a
 * section is rebuilt each time records arrive). A click on one brings it into view, so that its records
 * come and its details show its sources and quotes.
 */
final class StoreEvents {
    /** The events listed at most: the earliest, which the store gives in one page. */
    static final int LISTED = 500;

    private record Question(EventStore store, String actorId, Filter filter) {
    }

    private final LatestJob<EventPage> job = LatestJob.onFxThread("entente-detail-store");
    private final Runnable answered;
    private Question asked;
    private EventPage answer;

    /** {@code answered} runs on the UI thread when an answer comes, to show it. */
    StoreEvents(Runnable answered) {
        this.answered = answered;
    }

    /** The actor's events in the store on show, as far as known; nothing for a dataset in memory. */
    Node ofActor(String actorId, DetailContext context) {
        EventStore store = context.state().getStore();
        if (store == null) {
            return new VBox();
        }
        Question question = new Question(store, actorId, context.filter());
        VBox box = new VBox(4, Blocks.heading("In the whole store"));
        if (question.equals(asked) && answer != null) {
            box.getChildren().add(Blocks.muted(String.format(Locale.ROOT, "%,d events%s%s", answer.total(),
                    context.filter().isEmpty() ? "" : " that pass the filter",
                    answer.total() > answer.rows().size() ? String.format(Locale.ROOT, ", the earliest %,d listed",
                            answer.rows().size()) : "")));
            box.getChildren().add(Blocks.rows(answer.rows(), StoreEvents::line,
                    row -> context.state().goToEvent(row.id(), row.when().start())));
            return box;
        }
        box.getChildren().add(Blocks.muted("Asking the store for every event of this actor\u2026"));
        if (!question.equals(asked)) {
            asked = question;
            answer = null;
            job.run(cancelled -> store.unlessCancelled(cancelled,
                    () -> store.actorEvents(actorId, question.filter(), 0, LISTED)), page -> {
                        if (Objects.equals(question, asked)) {
                            answer = page;
                            answered.run();
                        }
                    }, failure -> asked = null);
        }
        return box;
    }

    void cancel() {
        job.cancel();
        asked = null;
        answer = null;
    }

    private static String line(EventRow row) {
        return DetailText.date(row.when()) + "  \u2014  " + row.title();
    }
}
