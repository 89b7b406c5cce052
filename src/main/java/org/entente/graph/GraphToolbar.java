package org.entente.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.entente.canvas.ChoiceLabels;
import org.entente.model.Actor;
import org.entente.network.GraphLimits;
import org.entente.network.GroupBy;
import org.entente.network.GraphSpan;
import org.entente.network.GraphTimeMode;
import org.entente.network.NodeColoring;
import org.entente.network.NodeSizing;
import org.entente.shortcuts.Shortcut;
import org.entente.view.ToolbarItems;

/** The graph's controls: which time it shows, what it draws, the ego focus, finding an actor, and actions. */
final class GraphToolbar extends ToolBar {
    private static final int SUGGESTIONS = 12;
    private static final double SUGGESTION_WIDTH = 280;
    private static final ChoiceLabels<NodeColoring> COLOURING_LABELS = new ChoiceLabels<>(
            Map.of(NodeColoring.KIND, "Colour by kind", NodeColoring.COMMUNITY, "Colour by community"));
    private static final ChoiceLabels<GroupBy> GROUPING_LABELS = new ChoiceLabels<>(
            Map.of(GroupBy.NONE, "Each actor on its own", GroupBy.COUNTRY, "By country: state to state",
                    GroupBy.KIND, "By kind of actor", GroupBy.COMMUNITY, "By community, as the graph shows them now"));
    private static final ChoiceLabels<NodeSizing> SIZING_LABELS = new ChoiceLabels<>(
            Map.of(NodeSizing.ACTIVITY, "Size by interactions", NodeSizing.CENTRALITY, "Size by PageRank"));

    private final ActorGraphView view;
    /** Undoes what ties this toolbar to the view, so that a disposed skin's toolbar no longer follows it. */
    private final List<Runnable> untie = new ArrayList<>();
    private final CheckMenuItem topActorsItem = new CheckMenuItem("Most connected actors");
    private final CheckMenuItem legendItem = new CheckMenuItem("Legend");
    private final TextField findField = new TextField();
    private final Label message = new Label();
    private ActorSearch search = new ActorSearch(List.of());
    private AutoCompletionBinding<Actor> completion;

    GraphToolbar(ActorGraphView view) {
        this.view = view;
        getStyleClass().add("graph-toolbar");
        ChoiceBox<GraphTimeMode> mode = ToolbarItems.choice(GraphTimeMode.values(), "Which time the graph shows: the timeline's visible range, the cursor \u00B1 a span, or everything up to the cursor");
        mode.valueProperty().bindBidirectional(view.timeModeProperty());
        untie.add(() -> mode.valueProperty().unbindBidirectional(view.timeModeProperty()));
        ChoiceBox<GraphSpan> span = ToolbarItems.choice(GraphSpan.values(), "How far either side of the cursor the graph looks");
        span.valueProperty().bindBidirectional(view.spanProperty());
        untie.add(() -> span.valueProperty().unbindBidirectional(view.spanProperty()));
        span.visibleProperty().bind(view.timeModeProperty().isEqualTo(GraphTimeMode.AROUND_CURSOR));
        span.managedProperty().bind(span.visibleProperty());
        // While two periods are compared the graph shows them, not the time these choose.
        BooleanBinding comparing = Bindings.createBooleanBinding(() -> view.getViewState().isComparing(),
                view.getViewState().comparisonProperty());
        mode.disableProperty().bind(comparing);
        span.disableProperty().bind(comparing);
        untie.add(() -> {
            mode.disableProperty().unbind();
            span.disableProperty().unbind();
            comparing.dispose();
        });
        findField.setPromptText("Find actor\u2026");
        findField.getStyleClass().add("find-actor");
        findField.setPrefColumnCount(10);
        findField.setTooltip(Shortcut.GRAPH_FIND.tooltip("Type a name or alias, then Enter"));
        findField.setOnAction(e -> findTyped());
        Button fit = ToolbarItems.button("Fit", Shortcut.GRAPH_FIT, view::fit);
        Button relayout = ToolbarItems.button("Re-layout", Shortcut.GRAPH_RELAYOUT, view::relayout);
        message.getStyleClass().add("graph-message");
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        getItems().addAll(mode, span, limitsMenu(view), groupMenu(view), displayMenu(view), egoChip(view), findField, fit,
                relayout, message);
        for (var node : getItems()) {
            node.setFocusTraversable(false);
        }
        findField.setFocusTraversable(true);
    }

    /** What nodes look like, what else the graph shows, and saving it: choices made now and then, kept in one menu. */
    private MenuButton displayMenu(ActorGraphView view) {
        List<RadioMenuItem> colourItems = radioItems(NodeColoring.values(), COLOURING_LABELS, view.nodeColoringProperty());
        List<RadioMenuItem> sizeItems = radioItems(NodeSizing.values(), SIZING_LABELS, view.nodeSizingProperty());
        topActorsItem.setSelected(true);
        legendItem.setSelected(true);
        MenuItem png = new MenuItem("Save as PNG\u2026");
        png.setOnAction(e -> view.saveAsPng());
        MenuButton menu = new MenuButton("Display");
        menu.getStyleClass().add("graph-display-menu");
        menu.setTooltip(new Tooltip("Node colours and sizes, the legend, the most connected actors, and saving as PNG"));
        menu.getItems().addAll(colourItems);
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().addAll(sizeItems);
        menu.getItems().addAll(new SeparatorMenuItem(), legendItem, topActorsItem, new SeparatorMenuItem(), png);
        return menu;
    }

    /** Folding actors into groups: each group one node with the sum of its members' ties. */
    private MenuButton groupMenu(ActorGraphView view) {
        MenuButton menu = new MenuButton("Group");
        menu.getStyleClass().add("graph-group-menu");
        menu.setTooltip(new Tooltip("Show a country, a kind of actor or a community as one node; double-click a group "
                + "to open it in place"));
        menu.getItems().addAll(radioItems(GroupBy.values(), GROUPING_LABELS, view.groupByProperty()));
        return menu;
    }

    /**
     * How much of the window's graph to show: at most so many of the busiest actors, ties of a least
     * weight, and all actors or only the largest connected group or a k-core.
     */
    private MenuButton limitsMenu(ActorGraphView view) {
        MenuButton menu = new MenuButton("Show");
        menu.getStyleClass().add("graph-limits-menu");
        menu.setTooltip(new Tooltip("Keep the busiest actors and the strongest ties; the selection always shows"));
        ToggleGroup actors = new ToggleGroup();
        for (int max : new int[] {50, 150, 500, 2000, Integer.MAX_VALUE}) {
            String label = max == Integer.MAX_VALUE ? "All actors" : String.format(Locale.ROOT, "At most %,d actors", max);
            menu.getItems().add(limitItem(view, actors, label, limits -> limits.maxActors() == max,
                    limits -> limits.withMaxActors(max)));
        }
        menu.getItems().add(new SeparatorMenuItem());
        ToggleGroup weights = new ToggleGroup();
        for (int least : new int[] {1, 2, 5, 10}) {
            String label = least == 1 ? "Every tie" : "Ties of " + least + " interactions or more";
            menu.getItems().add(limitItem(view, weights, label, limits -> limits.minWeight() == least,
                    limits -> limits.withMinWeight(least)));
        }
        menu.getItems().add(new SeparatorMenuItem());
        ToggleGroup cores = new ToggleGroup();
        menu.getItems().add(limitItem(view, cores, "Every group of actors", limits -> limits.core() == GraphLimits.Core.ALL,
                limits -> limits.withCore(GraphLimits.Core.ALL, limits.k())));
        menu.getItems().add(limitItem(view, cores, "The largest connected group",
                limits -> limits.core() == GraphLimits.Core.LARGEST_COMPONENT,
                limits -> limits.withCore(GraphLimits.Core.LARGEST_COMPONENT, limits.k())));
        for (int k : new int[] {2, 3}) {
            menu.getItems().add(limitItem(view, cores, "Actors with " + k + " neighbours or more among them (" + k + "-core)",
                    limits -> limits.core() == GraphLimits.Core.K_CORE && limits.k() == k,
                    limits -> limits.withCore(GraphLimits.Core.K_CORE, k)));
        }
        CheckMenuItem relations = new CheckMenuItem("Explicit relations, besides events");
        relations.setSelected(view.getLimits().relations());
        relations.setOnAction(e -> view.setLimits(view.getLimits().withRelations(relations.isSelected())));
        ChangeListener<GraphLimits> follow = (obs, old, now) -> relations.setSelected(now.relations());
        view.limitsProperty().addListener(follow);
        untie.add(() -> view.limitsProperty().removeListener(follow));
        // Memberships are another kind of tie to show; in this menu rather than a button of their own, the
        // toolbar keeps room for Fit at the window's usual width. M toggles them from the keyboard.
        CheckMenuItem memberships = new CheckMenuItem("Memberships, as dotted ties (" + Shortcut.GRAPH_MEMBERSHIPS.keys() + ")");
        memberships.selectedProperty().bindBidirectional(view.showMembershipsProperty());
        untie.add(() -> memberships.selectedProperty().unbindBidirectional(view.showMembershipsProperty()));
        menu.getItems().addAll(new SeparatorMenuItem(), relations, memberships);
        return menu;
    }

    /** A radio item that sets one of the limits, selected while the limits are so. */
    private RadioMenuItem limitItem(ActorGraphView view, ToggleGroup group, String label, Predicate<GraphLimits> isSet,
                                    UnaryOperator<GraphLimits> set) {
        RadioMenuItem item = new RadioMenuItem(label);
        item.setToggleGroup(group);
        item.setSelected(isSet.test(view.getLimits()));
        item.setOnAction(e -> view.setLimits(set.apply(view.getLimits())));
        ChangeListener<GraphLimits> follow = (obs, old, now) -> item.setSelected(isSet.test(now));
        view.limitsProperty().addListener(follow);
        untie.add(() -> view.limitsProperty().removeListener(follow));
        return item;
    }

    /** One radio item per value, kept in step with the property both ways. */
    private <T extends Enum<T>> List<RadioMenuItem> radioItems(T[] values, ChoiceLabels<T> labels,
                                                                      ObjectProperty<T> property) {
        ToggleGroup group = new ToggleGroup();
        List<RadioMenuItem> items = new ArrayList<>();
        for (T value : values) {
            RadioMenuItem item = new RadioMenuItem(labels.label(value));
            item.setToggleGroup(group);
            item.setSelected(property.get() == value);
            item.setOnAction(e -> property.set(value));
            items.add(item);
        }
        ChangeListener<T> follow = (obs, old, now) -> items.get(now.ordinal()).setSelected(true);
        property.addListener(follow);
        untie.add(() -> property.removeListener(follow));
        return items;
    }

    /** Shows the focused actor and the depth of its ego network, with buttons to widen, narrow or leave it. */
    private HBox egoChip(ActorGraphView view) {
        Label label = new Label();
        label.textProperty().bind(Bindings.createStringBinding(() -> view.getFocusActor() == null ? ""
                : "Around " + view.getViewState().getDataset().dataset().actorName(view.getFocusActor()) + ", " + GraphTooltips.plural(view.getFocusDepth(), "step"),
                view.focusActorProperty(), view.focusDepthProperty()));
        Button narrow = new Button("\u2212");
        narrow.setTooltip(Shortcut.GRAPH_NARROW.tooltip("Narrow the ego network by one step"));
        narrow.setOnAction(e -> view.setFocusDepth(view.getFocusDepth() - 1));
        Button widen = new Button("+");
        widen.setTooltip(Shortcut.GRAPH_WIDEN.tooltip("Widen the ego network by one step"));
        widen.setOnAction(e -> view.setFocusDepth(view.getFocusDepth() + 1));
        Button close = new Button("\u00D7");
        close.setTooltip(Shortcut.GRAPH_LEAVE_EGO.tooltip());
        close.setOnAction(e -> view.setFocusActor(null));
        HBox chip = new HBox(4, label, narrow, widen, close);
        chip.getStyleClass().add("ego-chip");
        chip.visibleProperty().bind(view.focusActorProperty().isNotNull());
        chip.managedProperty().bind(chip.visibleProperty());
        return chip;
    }

    void setActors(List<Actor> actors) {
        search = new ActorSearch(actors);
        if (completion != null) {
            completion.dispose();
        }
        completion = TextFields.bindAutoCompletion(findField, request -> search.find(request.getUserText(), SUGGESTIONS),
                new StringConverter<>() {
                    @Override
                    public String toString(Actor actor) {
                        return actor == null ? "" : actor.name();
                    }

                    @Override
                    public Actor fromString(String text) {
                        return null;
                    }
                });
        completion.setOnAutoCompleted(e -> find(e.getCompletion().id()));
        completion.setPrefWidth(SUGGESTION_WIDTH);
    }

    /** Enter in the find field picks the best match for what was typed. */
    private void findTyped() {
        List<Actor> found = search.find(findField.getText(), 1);
        if (found.isEmpty()) {
            say("No actor matches \u201C" + findField.getText().strip() + "\u201D");
        } else {
            findField.setText(found.get(0).name());
            find(found.get(0).id());
        }
    }

    /** Selects and shows an actor, or says that it has no dealings in the time on show. */
    private void find(String actorId) {
        if (view.showActor(actorId)) {
            say("");
        } else {
            say(view.getViewState().getDataset().dataset().actorName(actorId) + " has no dealings in this time");
        }
    }

    void focusFind() {
        findField.requestFocus();
        findField.selectAll();
    }

    void say(String text) {
        message.setText(text);
    }

    BooleanProperty topActorsShownProperty() {
        return topActorsItem.selectedProperty();
    }

    BooleanProperty legendShownProperty() {
        return legendItem.selectedProperty();
    }

    boolean isLegendShown() {
        return legendItem.isSelected();
    }

    void dispose() {
        untie.forEach(Runnable::run);
        if (completion != null) {
            completion.dispose();
        }
    }
}
