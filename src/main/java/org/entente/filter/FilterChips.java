package org.entente.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.entente.model.ActorKind;
import org.entente.query.Filter;
import org.entente.state.ViewState;

/** The active filters as chips, each removable on its own, and "Clear all"; hidden while nothing filters. */
public final class FilterChips extends FlowPane {
    private final ViewState state;

    public FilterChips(ViewState state) {
        super(6, 4);
        this.state = state;
        getStyleClass().add("filter-chips");
        state.filterProperty().addListener((obs, old, now) -> show(now));
        show(state.getFilter());
    }

    private void show(Filter filter) {
        List<Node> chips = new ArrayList<>();
        if (!filter.actorKinds().isEmpty()) {
            chips.add(chip("Actors: " + kinds(filter.actorKinds()), filter.withActorKinds(Set.of())));
        }
        if (!filter.eventKinds().isEmpty()) {
            chips.add(chip("Event kinds: " + String.join(", ", new TreeSet<>(filter.eventKinds())), filter.withEventKinds(Set.of())));
        }
        if (!filter.tags().isEmpty()) {
            chips.add(chip("Tags: #" + String.join(", #", new TreeSet<>(filter.tags())), filter.withTags(Set.of())));
        }
        if (filter.minReliability() != null) {
            chips.add(chip("Sources " + filter.minReliability().name() + " or better", filter.withMinReliability(null)));
        }
        if (filter.limitsTone()) {
            chips.add(chip(String.format(Locale.ROOT, "Tone %+.0f to %+.0f", filter.minTone(), filter.maxTone()),
                    filter.withTone(Filter.TONE_MIN, Filter.TONE_MAX)));
        }
        if (filter.dateRange() != null) {
            chips.add(chip("Dates " + FilterText.range(filter.dateRange()), filter.withDateRange(null)));
        }
        if (!chips.isEmpty()) {
            Hyperlink clear = new Hyperlink("Clear all");
            clear.getStyleClass().add("clear-filters");
            clear.setOnAction(e -> state.setFilter(Filter.NONE));
            chips.add(clear);
        }
        getChildren().setAll(chips);
        setVisible(!chips.isEmpty());
        setManaged(!chips.isEmpty());
    }

    private static String kinds(Set<ActorKind> kinds) {
        List<String> names = new ArrayList<>();
        for (ActorKind kind : ActorKind.values()) {
            if (kinds.contains(kind)) {
                names.add(kind.id());
            }
        }
        return String.join(", ", names);
    }

    /** A chip that says what filters, with a button that takes just that away. */
    private Node chip(String text, Filter without) {
        Label label = new Label(text);
        Button remove = new Button("\u00D7");
        remove.getStyleClass().add("remove-filter");
        remove.setTooltip(new Tooltip("Remove this filter"));
        remove.setOnAction(e -> state.setFilter(without));
        HBox chip = new HBox(2, label, remove);
        chip.getStyleClass().add("filter-chip");
        return chip;
    }
}
