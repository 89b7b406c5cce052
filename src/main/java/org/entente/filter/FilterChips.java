package org.entente.filter;

import java.util.ArrayList;
import java.util.Collection;
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
        if (!filter.actorKinds().isEmpty()) {
            chips.add(chip("Actor kind: " + alternatives(kinds(filter.actorKinds())),
                    "Events with a participant of any of these kinds", filter.withActorKinds(Set.of())));
        }
        if (!filter.eventKinds().isEmpty()) {
            chips.add(chip("Kind: " + alternatives(new TreeSet<>(filter.eventKinds())),
                    "Events of any of these kinds", filter.withEventKinds(Set.of())));
        }
        if (!filter.tags().isEmpty()) {
            chips.add(chip("Tag: " + alternatives(filter.tags().stream().sorted().map(tag -> "#" + tag).toList()),
                    "Events with any of these tags", filter.withTags(Set.of())));
        }
        if (!filter.countries().isEmpty()) {
            List<String> names = filter.countries().stream().map(FilterText::country).sorted().toList();
            chips.add(chip("Country: " + alternatives(names),
                    "Events that took place in any of these countries, or, where the place is not known,"
                            + " with a participant from one", filter.withCountries(Set.of())));
        }
        if (filter.minReliability() != null) {
            chips.add(chip("Sources " + filter.minReliability().name() + " or better",
                    "Events and relations cited by at least one source this reliable", filter.withMinReliability(null)));
        }
        if (filter.limitsTone()) {
            chips.add(chip(String.format(Locale.ROOT, "Tone %+.0f to %+.0f", filter.minTone(), filter.maxTone()),
                    "Events and relations with a tone in this range; those without a tone are hidden",
                    filter.withTone(Filter.TONE_MIN, Filter.TONE_MAX)));
        }
        if (filter.dateRange() != null) {
            chips.add(chip("Dates " + FilterText.range(filter.dateRange()),
                    "Events and relations that overlap these dates", filter.withDateRange(null)));
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

    private static List<String> kinds(Set<ActorKind> kinds) {
        List<String> names = new ArrayList<>();
        for (ActorKind kind : ActorKind.values()) {
            if (kinds.contains(kind)) {
                names.add(kind.id());
            }
        }
        return names;
    }

    /** "a", "a or b", "a, b or c": any one of the values will do. */
    static String alternatives(Collection<String> values) {
        List<String> list = List.copyOf(values);
        if (list.size() < 2) {
            return String.join("", list);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
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
