package org.entente.app;

import java.util.prefs.Preferences;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import org.entente.graph.ActorGraphView;
import org.entente.map.MapView;

/**
 * The place of the actor graph and the map: one of them, or both side by side. The choice and the divider
 * between them are remembered between runs; the choice as soon as it is made, so that a run that ends
 * abruptly keeps it. A view that is not on show is out of the scene, and draws nothing.
 */
final class GraphAndMap extends StackPane {
    private static final String CHOICE_KEY = "views.graphAndMap";
    private static final String DIVIDER = "graphAndMap";

    private final ActorGraphView graph;
    private final MapView map;
    private final SplitPane both = new SplitPane();
    private final ObjectProperty<ViewChoice> choice = new SimpleObjectProperty<>(this, "choice");
    /** Where the divider between the two goes when both are on show. */
    private double divider;

    GraphAndMap(ActorGraphView graph, MapView map, Preferences preferences, WindowPreferences layout) {
        this.graph = graph;
        this.map = map;
        getStyleClass().add("graph-and-map");
        divider = layout.divider(DIVIDER, 0.5);
        choice.addListener((obs, old, now) -> {
            show(now);
            preferences.put(CHOICE_KEY, now.name());
        });
        choice.set(saved(preferences));
    }

    private static ViewChoice saved(Preferences preferences) {
        try {
            return ViewChoice.valueOf(preferences.get(CHOICE_KEY, ViewChoice.GRAPH.name()));
        } catch (IllegalArgumentException unknown) {
            return ViewChoice.GRAPH;
        }
    }

    private void show(ViewChoice shown) {
        if (!both.getItems().isEmpty()) {
            divider = both.getDividerPositions()[0];
        }
        both.getItems().clear();
        switch (shown) {
            case GRAPH -> getChildren().setAll(graph);
            case MAP -> getChildren().setAll(map);
            case BOTH -> {
                both.getItems().setAll(graph, map);
                both.setDividerPositions(divider);
                getChildren().setAll(both);
            }
        }
    }

    ObjectProperty<ViewChoice> choiceProperty() {
        return choice;
    }

    void saveLayout(WindowPreferences layout) {
        layout.saveDivider(DIVIDER, divider());
    }

    /** Where the divider between graph and map is, or goes when both are shown again. */
    double divider() {
        return both.getItems().isEmpty() ? divider : both.getDividerPositions()[0];
    }

    void setDivider(double position) {
        divider = position;
        if (!both.getItems().isEmpty()) {
            both.setDividerPositions(position);
        }
    }
}
