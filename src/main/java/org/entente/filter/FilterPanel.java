package org.entente.filter;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.RangeSlider;
import org.entente.index.IndexedDataset;
import org.entente.model.ActorKind;
import org.entente.model.DatasetStats;
import org.entente.model.Reliability;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.state.ViewState;
import org.entente.store.EventStore;
import org.entente.time.DayFormat;
import org.entente.time.EdtfException;
import org.entente.work.LatestJob;

/**
 * The filter controls: actor kinds, event kinds, tags, countries, the least reliability of a source, a
 * tone range and a date range. Each change sets the shared filter at once, and the controls follow the
 * filter when something else changes it (a chip removed, a tag clicked in the detail pane).
 */
public final class FilterPanel extends FlowPane {

    private final ViewState state;
    private final LatestJob<EventCounts> eventCounting = LatestJob.onFxThread("entente-filter-counts");
    /** The store whose tags and countries are offered, so that its records coming and going offer nothing new. */
    private EventStore offered;
    /** The dataset whose tags and countries are still to be counted, null when they are (or it is none). */
    private IndexedDataset uncounted;
    private final MenuButton actorKinds = new MenuButton("Actor kinds");
    private final CheckComboBox<String> eventKinds = new CheckComboBox<>();
    private final CheckComboBox<String> tags = new CheckComboBox<>();
    private final CheckComboBox<String> countries = new CheckComboBox<>();
    private final ChoiceBox<Reliability> reliability = new ChoiceBox<>();
    private final RangeSlider tone = new RangeSlider(Filter.TONE_MIN, Filter.TONE_MAX, Filter.TONE_MIN, Filter.TONE_MAX);
    private final Label toneText = new Label();
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final Label dateProblem = new Label();
    private boolean following;

    public FilterPanel(ViewState state) {
        super(14, 6);
        this.state = state;
        getStyleClass().add("filter-panel");
        actorKinds.setTooltip(new Tooltip("Show only events with a participant of these kinds; each with its number of actors"));
        eventKinds.setTitle("Event kinds");
        eventKinds.setTooltip(new Tooltip("Show only events of these kinds; each with its number of events"));
        tags.setTitle("Tags");
        tags.setTooltip(new Tooltip("Show only events with one of these tags; each with its number of events"));
        countries.setTitle("Countries");
        countries.setTooltip(new Tooltip("Show only events that took place in one of these countries, or, where the"
                + " place is not known, with a participant from one; each with its number of events"));
        reliability.getItems().add(null);
        reliability.getItems().addAll(Reliability.values());
        reliability.setConverter(new StringConverter<>() {
            @Override
            public String toString(Reliability r) {
                return r == null ? "Any source" : "Sources " + r.name() + " or better";
            }

            @Override
            public Reliability fromString(String text) {
                return null;
            }
        });
        reliability.setTooltip(new Tooltip("Show only events cited by a source at least this reliable (A best, F unknown)"));
        reliability.valueProperty().addListener(x -> apply());
        tone.setShowTickMarks(true);
        tone.setMajorTickUnit(5);
        tone.setBlockIncrement(1);
        tone.setSnapToTicks(false);
        tone.setPrefWidth(150);
        tone.lowValueChangingProperty().addListener((obs, was, changing) -> applyIfSettled(changing));
        tone.highValueChangingProperty().addListener((obs, was, changing) -> applyIfSettled(changing));
        tone.lowValueProperty().addListener(x -> showTone());
        tone.highValueProperty().addListener(x -> showTone());
        Tooltip.install(tone, new Tooltip("Tone from conflict (\u221210) to cooperation (+10); narrowing it hides events without a tone"));
        from.setPromptText("from, e.g. 2019");
        to.setPromptText("to, e.g. 2021-06");
        from.setPrefColumnCount(8);
        to.setPrefColumnCount(8);
        from.setOnAction(e -> apply());
        to.setOnAction(e -> apply());
        dateProblem.getStyleClass().add("filter-problem");
        Button visible = new Button("Visible range");
        visible.setTooltip(new Tooltip("Limit the dates to the timeline's visible range"));
        visible.setOnAction(e -> {
            TimeWindow window = state.getWindow();
            from.setText(DayFormat.iso(window.start()));
            to.setText(DayFormat.iso(window.end() - 1));
            apply();
        });
        getChildren().addAll(actorKinds, eventKinds, tags, countries, reliability,
                new HBox(6, new Label("Tone"), tone, toneText),
                new HBox(6, new Label("Dates"), from, new Label("\u2013"), to, visible, dateProblem));
        for (var node : getChildren()) {
            if (node instanceof HBox box) {
                box.getStyleClass().add("filter-group");
            }
        }
        eventKinds.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> apply());
        tags.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> apply());
        countries.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> apply());
        state.datasetProperty().addListener((obs, old, now) -> {
            // A store's records change as the user moves; what it offers is the whole store's, asked once.
            if (state.getStore() == null || state.getStore() != offered) {
                offer(now);
            }
        });
        state.filterProperty().addListener((obs, old, now) -> follow(now));
        visibleProperty().addListener((obs, was, shown) -> {
            if (shown) {
                countTagsAndCountries();
            }
        });
        offer(state.getDataset());
        showTone();
    }

    /**
     * The actor kinds, event kinds, tags and countries of a dataset to choose from, each with its count,
     * most frequent first. The kinds come counted with the dataset; the tags and countries are counted in
     * the background (see {@link EventCounts}).
     */
    private void offer(IndexedDataset dataset) {
        following = true;
        eventKinds.getCheckModel().clearChecks();
        tags.getCheckModel().clearChecks();
        countries.getCheckModel().clearChecks();
        offerActorKinds(dataset == null ? Map.of() : dataset.stats().actorsByKind());
        Map<String, Integer> kindCounts = new HashMap<>(dataset == null ? Map.of() : dataset.stats().eventsByKind());
        kindCounts.remove(DatasetStats.NO_KIND);
        Counted.offer(eventKinds, kindCounts, UnaryOperator.identity());
        tags.getItems().clear();
        countries.getItems().clear();
        following = false;
        eventCounting.cancel();
        offered = state.getStore();
        if (dataset == null) {
            return;
        }
        uncounted = dataset;
        if (offered == null || isVisible()) {
            countTagsAndCountries();
        }
    }

    /**
     * Counts the tags and countries to offer, in the background: a file's at once, a store's once the
     * panel is first shown, since a store counts them by reading all its events, which at a hundred million
     * takes the cores from the first picture for seconds.
     */
    private void countTagsAndCountries() {
        IndexedDataset dataset = uncounted;
        uncounted = null;
        if (dataset == null) {
            return;
        }
        EventStore store = offered;
        eventCounting.run(cancelled -> store == null ? EventCounts.of(dataset.dataset(), cancelled)
                : store.unlessCancelled(cancelled, () -> EventCounts.of(store)), counts -> {
            following = true;
            Counted.offer(tags, counts.tags(), UnaryOperator.identity());
            Counted.offer(countries, counts.countries(), FilterText::country);
            follow(state.getFilter());
            following = false;
        });
    }

    /** One item for each kind of actor in the dataset, with its number of actors; the item holds its kind. */
    private void offerActorKinds(Map<ActorKind, Integer> counts) {
        actorKinds.getItems().clear();
        for (ActorKind kind : Counted.byCount(counts, Comparator.comparing(ActorKind::id))) {
            CheckMenuItem item = new CheckMenuItem(Counted.label(kind.id(), counts.get(kind)));
            item.setUserData(kind);
            item.setOnAction(e -> apply());
            actorKinds.getItems().add(item);
        }
    }

    private void applyIfSettled(boolean changing) {
        if (!changing) {
            apply();
        }
    }

    private void showTone() {
        toneText.setText(String.format("%+.0f to %+.0f", tone.getLowValue(), tone.getHighValue()));
    }

    /** Sets the shared filter from the controls. */
    private void apply() {
        if (following) {
            return;
        }
        Set<ActorKind> kinds = EnumSet.noneOf(ActorKind.class);
        for (var item : actorKinds.getItems()) {
            if (((CheckMenuItem) item).isSelected()) {
                kinds.add((ActorKind) item.getUserData());
            }
        }
        TimeWindow dates;
        try {
            dates = FilterText.parse(from.getText(), to.getText());
            dateProblem.setText("");
        } catch (EdtfException e) {
            dateProblem.setText(e.getMessage());
            dates = state.getFilter().dateRange();
        }
        state.setFilter(new Filter(kinds, checked(eventKinds), checked(tags), checked(countries), reliability.getValue(),
                Math.round(tone.getLowValue()), Math.round(tone.getHighValue()), dates));
    }

    private static Set<String> checked(CheckComboBox<String> box) {
        return new HashSet<>(box.getCheckModel().getCheckedItems());
    }

    /** Shows the shared filter in the controls without setting it again. */
    private void follow(Filter filter) {
        following = true;
        for (var item : actorKinds.getItems()) {
            ((CheckMenuItem) item).setSelected(filter.actorKinds().contains((ActorKind) item.getUserData()));
        }
        check(eventKinds, filter.eventKinds());
        check(tags, filter.tags());
        check(countries, filter.countries());
        reliability.setValue(filter.minReliability());
        tone.setLowValue(filter.minTone());
        tone.setHighValue(filter.maxTone());
        if (!Objects.equals(filter.dateRange(), typedRange())) {
            from.setText(FilterText.from(filter.dateRange()));
            to.setText(FilterText.to(filter.dateRange()));
            dateProblem.setText("");
        }
        following = false;
    }

    /** The range the date fields say; null when they are blank or cannot be read. */
    private TimeWindow typedRange() {
        try {
            return FilterText.parse(from.getText(), to.getText());
        } catch (EdtfException e) {
            return null;
        }
    }

    private static void check(CheckComboBox<String> box, Set<String> wanted) {
        for (String item : box.getItems()) {
            if (wanted.contains(item) != box.getCheckModel().isChecked(item)) {
                if (wanted.contains(item)) {
                    box.getCheckModel().check(item);
                } else {
                    box.getCheckModel().clearCheck(item);
                }
            }
        }
    }

    /** Event kinds to choose from, for tests and the keyboard. */
    public CheckComboBox<String> eventKindsBox() {
        return eventKinds;
    }
}
