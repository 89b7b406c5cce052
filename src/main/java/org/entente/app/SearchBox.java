package org.entente.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.entente.index.IndexedDataset;
import org.entente.notes.Note;
import org.entente.notes.NoteTarget;
import org.entente.notes.NoteText;
import org.entente.search.HitKind;
import org.entente.search.SearchHit;
import org.entente.search.SearchIndex;
import org.entente.state.Selection;
import org.entente.state.ViewState;
import org.entente.store.EventDetail;
import org.entente.store.EventStore;
import org.entente.work.LatestJob;
import org.entente.work.Workers;

/**
 * The one search field: suggestions over actors (names and aliases) and events (titles, summaries and
 * quotes) as the user types, or over tags when what is typed starts with {@code #}, computed off the UI
 * thread; Enter or a suggestion selects the match, or filters by the tag. The index is built once per
 * dataset, in the background, and the field empties when another dataset opens, whose records its text
 * need not name. A store answers for itself (actors, tags and words of titles), in the background too; an
 * event found there is fetched for its date, and the window moves to it so that its records are fetched.
 */
final class SearchBox extends TextField {
    private final ViewState state;
    private final LatestJob<SearchIndex> indexing = LatestJob.onFxThread("entente-search-index");
    private final LatestJob<Optional<EventDetail>> finding = LatestJob.onFxThread("entente-search-find");
    private volatile Searcher searcher;
    private EventStore searched;
    private AutoCompletionBinding<SearchHit> completion;
    /** The label of the hit chosen last, which the field then shows. */
    private volatile String chosen;

    /** Whatever answers the field: the dataset's index, or the store on show. */
    @FunctionalInterface
    private interface Searcher {
        List<SearchHit> search(String text, int limit, BooleanSupplier cancelled);
    }

    SearchBox(ViewState state) {
        this.state = state;
        getStyleClass().add("search-box");
        setPromptText("Search actors, events, #tags\u2026  (Ctrl+F)");
        setPrefColumnCount(28);
        setTooltip(new Tooltip("Type part of a name, title, summary or quote, or # and a tag; Enter selects the best match"));
        setOnAction(e -> selectBest());
        completion = TextFields.bindAutoCompletion(this, request -> {
            Searcher current = searcher;
            // The name of what was just chosen, put in the field, is not a question: no suggestions reopen.
            return current == null || request.getUserText().equals(chosen) ? List.of()
                    : withNotes(request.getUserText(), current.search(request.getUserText(), SuggestionList.MAX_ROWS,
                    request::isCancelled));
        }, new StringConverter<>() {
            @Override
            public String toString(SearchHit hit) {
                return hit == null ? "" : hit.label() + (hit.detail() == null || hit.detail().isEmpty() ? "" : "  \u2014  " + hit.detail());
            }

            @Override
            public SearchHit fromString(String text) {
                return null;
            }
        });
        // ControlsFX waits 250 ms after each keystroke before it asks for suggestions; the index answers in
        // milliseconds and a newer keystroke cancels an older search, so the wait was only latency.
        completion.setDelay(0);
        completion.setOnAutoCompleted(e -> go(e.getCompletion()));
        ListView<SearchHit> suggestions = SuggestionList.install(completion.getAutoCompletionPopup(),
                completion.getAutoCompletionPopup().getConverter(), getFont());
        suggestions.addEventFilter(KeyEvent.KEY_PRESSED, this::enterOnSuggestions);
        state.datasetProperty().addListener((obs, old, now) -> {
            // A store's window of records changes as the user moves; the search is the store's all along.
            if (state.getStore() == null || state.getStore() != searched) {
                completion.getAutoCompletionPopup().hide();
                clear();
                build(now);
            }
        });
        build(state.getDataset());
    }

    private void build(IndexedDataset dataset) {
        indexing.cancel();
        searcher = null;
        EventStore store = state.getStore();
        searched = store;
        if (store != null) {
            searcher = (text, limit, cancelled) -> askStore(() -> store.unlessCancelled(cancelled, () -> store.search(text, limit)));
        } else if (dataset != null) {
            indexing.run(cancelled -> SearchIndex.of(dataset.dataset()), built -> searcher = built::search);
        }
    }

    /**
     * The store is asked on one thread of the field's own, whatever thread asks: the suggestions come on a
     * new thread each time, and a store keeps a connection for every thread that asks it.
     */
    private static List<SearchHit> askStore(Callable<List<SearchHit>> question) {
        try {
            return STORE_SEARCH.submit(question).get();
        } catch (ExecutionException overtakenOrFailed) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private static final ExecutorService STORE_SEARCH = Workers.single("entente-store-search");

    /** Enter: the best match for what was typed, found now (the index answers in milliseconds, a store in a few hundred). */
    private void selectBest() {
        Searcher current = searcher;
        if (current == null) {
            return;
        }
        List<SearchHit> hits = withNotes(getText(), current.search(getText(), 1, () -> false));
        if (!hits.isEmpty()) {
            go(hits.get(0));
        }
    }

    /**
     * Enter while the suggestions show and the first is merely preselected goes by what is typed now, as
     * Enter without them does: the list may still hold the answer to a few letters less. A suggestion the
     * user moved to with the arrow keys is theirs, and the list chooses it.
     */
    private void enterOnSuggestions(KeyEvent e) {
        ListView<?> list = (ListView<?>) e.getSource();
        if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedIndex() <= 0) {
            e.consume();
            completion.getAutoCompletionPopup().hide();
            selectBest();
        }
    }

    private void go(SearchHit hit) {
        chosen = hit.label();
        setText(hit.label());
        switch (hit.kind()) {
            case ACTOR -> state.select(Selection.actor(hit.id()));
            case EVENT -> {
                if (state.getStore() == null) {
                    state.select(Selection.event(hit.id()));
                } else {
                    goToStoredEvent(state.getStore(), hit.id());
                }
            }
            case TAG -> state.setFilter(state.getFilter().withTags(Set.of(hit.id())));
            case NOTE -> state.getNotes().all().stream().filter(n -> n.id().equals(hit.id())).findFirst()
                    .ifPresent(this::goToNote);
        }
    }

    /**
     * The analyst's notes whose words the query begins, first: they are the workspace's own findings. The notes
     * are an immutable value, so the thread that asks for suggestions may read them as they stand.
     */
    private List<SearchHit> withNotes(String query, List<SearchHit> found) {
        List<Note> notes = state.getNotes().matching(query);
        if (notes.isEmpty()) {
            return found;
        }
        List<SearchHit> hits = new ArrayList<>();
        for (Note note : notes) {
            hits.add(new SearchHit(HitKind.NOTE, note.id(), "Note: " + NoteText.excerpt(note.text()),
                    NoteText.about(note.target(), state.getDataset()), 1));
        }
        hits.addAll(found);
        return hits.subList(0, Math.min(hits.size(), Math.max(found.size(), SuggestionList.MAX_ROWS)));
    }

    /** What a note is about comes into view and is selected: its event, actor or tie, or its span of time. */
    private void goToNote(Note note) {
        NoteTarget target = note.target();
        if (target instanceof NoteTarget.Event event) {
            go(new SearchHit(HitKind.EVENT, event.eventId(), "", "", 0));
        } else if (target instanceof NoteTarget.Actor actor) {
            state.select(Selection.actor(actor.actorId()));
        } else if (target instanceof NoteTarget.Pair pair) {
            state.select(new Selection.OfPair(pair.first(), pair.second()));
        } else if (target instanceof NoteTarget.Span span) {
            state.setWindow(span.window());
            state.setCursor(span.window().start() + span.window().span() / 2);
        }
        setText(note.text());
        chosen = note.text();
    }

    /**
     * An event of a store is most likely not among the records held: it is fetched for its date, and the
     * window and the cursor move to it, so that the store fetches the records around it.
     */
    private void goToStoredEvent(EventStore store, String id) {
        finding.run(cancelled -> store.unlessCancelled(cancelled, () -> store.event(id)), found -> found.ifPresent(detail -> {
            if (state.getStore() == store) {
                state.goToEvent(id, detail.event().when().start());
            }
        }));
    }

    void focus() {
        requestFocus();
        selectAll();
    }

    /** Whether the index for the dataset on show is ready, for tests. */
    boolean isReady() {
        return searcher != null;
    }
}
