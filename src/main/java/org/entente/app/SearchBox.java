package org.entente.app;

import java.util.List;
import java.util.Set;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.entente.index.IndexedDataset;
import org.entente.search.SearchHit;
import org.entente.search.SearchIndex;
import org.entente.state.Selection;
import org.entente.state.ViewState;
import org.entente.work.LatestJob;

/**
 * The one search field: suggestions over actors (names and aliases) and events (titles, summaries and
 * quotes) as the user types, or over tags when what is typed starts with {@code #}, computed off the UI
 * thread; Enter or a suggestion selects the match, or filters by the tag. The index is built once per
 * dataset, in the background, and the field empties when another dataset opens, whose records its text
 * need not name.
 */
final class SearchBox extends TextField {
    private final ViewState state;
    private final LatestJob<SearchIndex> indexing = LatestJob.onFxThread("entente-search-index");
    private volatile SearchIndex index;
    private AutoCompletionBinding<SearchHit> completion;

    SearchBox(ViewState state) {
        this.state = state;
        getStyleClass().add("search-box");
        setPromptText("Search actors, events, #tags\u2026  (Ctrl+F)");
        setPrefColumnCount(28);
        setTooltip(new Tooltip("Type part of a name, title, summary or quote, or # and a tag; Enter selects the best match"));
        setOnAction(e -> selectBest());
        completion = TextFields.bindAutoCompletion(this, request -> {
            SearchIndex current = index;
            return current == null ? List.of()
                    : current.search(request.getUserText(), SuggestionList.MAX_ROWS, request::isCancelled);
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
            completion.getAutoCompletionPopup().hide();
            clear();
            build(now);
        });
        build(state.getDataset());
    }

    private void build(IndexedDataset dataset) {
        indexing.cancel();
        index = null;
        if (dataset == null) {
            return;
        }
        indexing.run(cancelled -> SearchIndex.of(dataset.dataset()), built -> index = built);
    }

    /** Enter: the best match for what was typed, found now (the index answers in milliseconds). */
    private void selectBest() {
        SearchIndex current = index;
        if (current == null) {
            return;
        }
        List<SearchHit> hits = current.search(getText(), 1, () -> false);
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
        setText(hit.label());
        switch (hit.kind()) {
            case ACTOR -> state.select(Selection.actor(hit.id()));
            case EVENT -> state.select(Selection.event(hit.id()));
            case TAG -> state.setFilter(state.getFilter().withTags(Set.of(hit.id())));
        }
    }

    void focus() {
        requestFocus();
        selectAll();
    }

    /** Whether the index for the dataset on show is ready, for tests. */
    boolean isReady() {
        return index != null;
    }
}
