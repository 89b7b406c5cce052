package org.entente.graph;

import java.util.Locale;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.entente.network.Analysis;
import org.entente.network.GraphScene;

/** The most connected actors in the time on show, with their share of interactions and PageRank; a click selects one. */
final class TopActorsPane extends VBox {
    static final int SIZE = 10;

    private final IntConsumer onSelect;
    private final ReadOnlyBooleanWrapper filled = new ReadOnlyBooleanWrapper(this, "filled");

    TopActorsPane(IntConsumer onSelect) {
        this.onSelect = onSelect;
        getStyleClass().add("top-actors");
        setFillWidth(true);
        clear();
    }

    void clear() {
        getChildren().setAll(title());
        setVisibleContent(false);
    }

    private Label title() {
        Label title = new Label("Most connected");
        title.getStyleClass().add("top-actors-title");
        return title;
    }

    void show(int[] top, String[] names, Analysis analysis, GraphScene scene) {
        getChildren().setAll(title());
        double most = top.length == 0 ? 1 : Math.max(1, scene.weight(scene.slotOf(top[0])));
        for (int actor : top) {
            Hyperlink name = new Hyperlink(names[actor]);
            name.getStyleClass().add("top-actor");
            name.setOnAction(e -> onSelect.accept(actor));
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            double weight = scene.weight(scene.slotOf(actor));
            Region bar = new Region();
            bar.getStyleClass().add("top-actor-bar");
            bar.setPrefWidth(4 + 46 * weight / most);
            bar.setMinWidth(Region.USE_PREF_SIZE);
            Label figures = new Label(compact(weight) + " \u00B7 " + String.format(Locale.ROOT, "%.2f", analysis.rank(actor)));
            figures.setTooltip(new Tooltip(String.format(Locale.ROOT, "%,.0f interactions in this time, PageRank %.2f of the highest",
                    weight, analysis.rank(actor))));
            figures.getStyleClass().add("top-actor-figures");
            HBox row = new HBox(6, name, bar, figures);
            row.getStyleClass().add("top-actor-row");
            getChildren().add(row);
        }
        setVisibleContent(top.length > 0);
    }

    /** Counts as they fit a narrow column: 947, 10.6k, 1.2M. */
    static String compact(double n) {
        if (n < 1_000) {
            return String.format(Locale.ROOT, "%.0f", n);
        }
        return n < 1_000_000 ? String.format(Locale.ROOT, "%.1fk", n / 1_000) : String.format(Locale.ROOT, "%.1fM", n / 1_000_000);
    }

    private void setVisibleContent(boolean any) {
        filled.set(any);
    }

    /** Whether there is a list to show: there is none before the first analysis of a scene. */
    ReadOnlyBooleanProperty filledProperty() {
        return filled.getReadOnlyProperty();
    }
}
