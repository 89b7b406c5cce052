package org.entente.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.entente.canvas.ChoiceLabels;
import org.entente.network.GraphSpan;
import org.entente.network.GraphTimeMode;
import org.entente.places.MapShading;
import org.entente.shortcuts.Shortcut;
import org.entente.view.ToolbarItems;
import org.entente.state.ViewState;

/**
 * The map's controls: which time it shows (the graph's, shared through the view state, so that the map
 * alone on show still offers the choice), what shades the countries, the flows, and moving and saving.
 */
final class MapToolbar extends ToolBar {
    private static final ChoiceLabels<MapShading> SHADING_LABELS = new ChoiceLabels<>(Map.of(
            MapShading.EVENTS, "Shade by events", MapShading.TONE, "Shade by mean tone", MapShading.NONE, "No shading"));
    private static final int[] FLOW_LIMITS = {10, 30, 100, 300};

    /** Undoes what ties this toolbar to the view and its state, so that a disposed skin's toolbar no longer follows them. */
    private final List<Runnable> untie = new ArrayList<>();

    MapToolbar(MapView view) {
        getStyleClass().add("map-toolbar");
        ViewState state = view.getViewState();
        ChoiceBox<GraphTimeMode> mode = ToolbarItems.choice(GraphTimeMode.values(),
                "Which time the map (and the graph) shows: the timeline's visible range, the cursor \u00B1 a span,"
                        + " or everything up to the cursor");
        tie(mode, state.graphTimeModeProperty());
        ChoiceBox<GraphSpan> span = ToolbarItems.choice(GraphSpan.values(), "How far either side of the cursor the map looks");
        tie(span, state.graphSpanProperty());
        span.visibleProperty().bind(state.graphTimeModeProperty().isEqualTo(GraphTimeMode.AROUND_CURSOR));
        span.managedProperty().bind(span.visibleProperty());
        BooleanBinding comparing = Bindings.createBooleanBinding(state::isComparing, state.comparisonProperty());
        mode.disableProperty().bind(comparing);
        span.disableProperty().bind(comparing);
        untie.add(() -> {
            span.visibleProperty().unbind();
            mode.disableProperty().unbind();
            span.disableProperty().unbind();
            comparing.dispose();
        });
        ChoiceBox<MapShading> shading = ToolbarItems.choice(MapShading.values(),
                "What a country's shade says: how many events it had in this time, or their mean tone");
        shading.setConverter(SHADING_LABELS);
        shading.getStyleClass().add("map-shading");
        tie(shading, view.shadingProperty());
        getItems().addAll(mode, span, shading, flowsMenu(view),
                ToolbarItems.button("Fit", Shortcut.MAP_FIT, view::fit),
                ToolbarItems.button("World", Shortcut.MAP_WORLD, view::showWorld),
                ToolbarItems.button("\u2212", Shortcut.MAP_ZOOM_OUT, view::zoomOut),
                ToolbarItems.button("+", Shortcut.MAP_ZOOM_IN, view::zoomIn),
                saveButton(view));
        getItems().forEach(node -> node.setFocusTraversable(false));
    }

    void dispose() {
        untie.forEach(Runnable::run);
        untie.clear();
    }

    /** Whether flows are drawn, and how many of the heaviest. */
    private MenuButton flowsMenu(MapView view) {
        CheckMenuItem shown = new CheckMenuItem("Show flows");
        shown.selectedProperty().bindBidirectional(view.showFlowsProperty());
        untie.add(() -> shown.selectedProperty().unbindBidirectional(view.showFlowsProperty()));
        MenuButton menu = new MenuButton("Flows");
        menu.getStyleClass().add("map-flows-menu");
        menu.setTooltip(new Tooltip("Arcs between the countries of each event's actors, from visitor to host;"
                + " the selection's always show"));
        menu.getItems().addAll(shown, new SeparatorMenuItem());
        ToggleGroup group = new ToggleGroup();
        for (int limit : FLOW_LIMITS) {
            RadioMenuItem item = new RadioMenuItem(String.format(Locale.ROOT, "The %,d heaviest", limit));
            item.setToggleGroup(group);
            item.setSelected(view.getMaxFlows() == limit);
            item.setOnAction(e -> view.setMaxFlows(limit));
            item.disableProperty().bind(view.showFlowsProperty().not());
            menu.getItems().add(item);
        }
        return menu;
    }

    private static Button saveButton(MapView view) {
        Button save = new Button("Save PNG\u2026");
        save.setTooltip(new Tooltip("Save the map as it is drawn now as a PNG image"));
        save.setOnAction(e -> view.saveAsPng());
        return save;
    }

    private <T> void tie(ChoiceBox<T> box, ObjectProperty<T> property) {
        box.valueProperty().bindBidirectional(property);
        untie.add(() -> box.valueProperty().unbindBidirectional(property));
    }
}
