package org.entente.filter;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.entente.query.Filter;
import org.entente.state.ViewState;

/**
 * The active filters as chips, each removable on its own, and "Clear all"; hidden while nothing filters.
 * A notice leads them while the filters leave no event.
 * The chips say how they combine, as {@link Filter#matches(org.entente.model.Event, org.entente.model.Dataset)}
 * does: the values of one chip are alternatives ("or"), and an event must pass every chip ("and").
 */
public final class FilterChips extends FlowPane {
    private final ViewState state;
    private final NoMatchNotice noMatch;

    public FilterChips(ViewState state) {
        super(6, 4);
        this.state = state;
        noMatch = new NoMatchNotice(state);
        getStyleClass().add("filter-chips");
        state.filterProperty().addListener((obs, old, now) -> show(now));
        show(state.getFilter());
    }

    private void show(Filter filter) {
        List<Node> chips = new ArrayList<>();
        for (FilterWords.Phrase phrase : FilterWords.phrases(filter)) {
            chips.add(chip(phrase.label(), phrase.meaning(), phrase.without()));
        }
        for (int i = chips.size() - 1; i > 0; i--) {
            chips.add(i, connector());
        }
        if (!chips.isEmpty()) {
            chips.add(0, noMatch);
            Hyperlink clear = new Hyperlink("Clear all");
            clear.getStyleClass().add("clear-filters");
            clear.setOnAction(e -> state.setFilter(Filter.NONE));
            chips.add(clear);
        }
        getChildren().setAll(chips);
        setVisible(!chips.isEmpty());
        setManaged(!chips.isEmpty());
    }

    /** The word between two chips: an event must pass both. */
    private static Node connector() {
        Label and = new Label("and");
        and.getStyleClass().add("filter-connector");
        and.setTooltip(new Tooltip("An event must pass every filter"));
        return and;
    }

    /** A chip that says what filters, with a button that takes just that away. */
    private Node chip(String text, String meaning, Filter without) {
        Label label = new Label(text);
        label.setTooltip(new Tooltip(meaning));
        Button remove = new Button("\u00D7");
        remove.getStyleClass().add("remove-filter");
        remove.setTooltip(new Tooltip("Remove this filter"));
        remove.setOnAction(e -> state.setFilter(without));
        HBox chip = new HBox(2, label, remove);
        chip.getStyleClass().add("filter-chip");
        return chip;
    }
}
