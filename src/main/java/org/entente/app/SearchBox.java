package org.entente.app;

import java.util.List;
import java.util.Set;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
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
 * The one search field: suggestions over actors (names and aliases), tags and events (titles, summaries
 * and quotes) as the user types, computed off the UI thread; Enter or a suggestion selects the match.
 * The index is built once per dataset, in the background.
 */
final class SearchBox extends TextField {
    private static final int SUGGESTIONS = 14;
    private static final double SUGGESTION_WIDTH = 620;

    private final ViewState state;
    private final LatestJob<SearchIndex> indexing = LatestJob.onFxThread("entente-search-index");
    private volatile SearchIndex index;
    private AutoCompletionBinding<SearchHit> completion;

    SearchBox(ViewState state) {
        this.state = state;
        getStyleClass().add("search-box");
        setPromptText("Search actors, events, tags\u2026  (Ctrl+F)");
        setPrefColumnCount(28);
        setTooltip(new Tooltip("Type part of a name, title, summary, quote or tag; Enter selects the best match"));
        setOnAction(e -> selectBest());
        completion = TextFields.bindAutoCompletion(this, request -> {
            SearchIndex current = index;
            return current == null ? List.of() : current.search(request.getUserText(), SUGGESTIONS, request::isCancelled);
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
        completion.setOnAutoCompleted(e -> go(e.getCompletion()));
        completion.setPrefWidth(SUGGESTION_WIDTH);
        completion.setVisibleRowCount(SUGGESTIONS);
        state.datasetProperty().addListener((obs, old, now) -> build(now));
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
