package org.entente.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.HPos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.entente.network.Analysis;
import org.entente.network.GraphScene;

/** The most connected actors in the time on show, with their share of interactions and PageRank; a click selects one. */
final class TopActorsPane extends VBox {
    static final int SIZE = 10;
    private static final double BARS_FROM = 200;

    private final IntConsumer onSelect;
    private final ReadOnlyBooleanWrapper filled = new ReadOnlyBooleanWrapper(this, "filled");
    /** Whether the list is wide enough for its bars: in a narrow one (the graph beside the map) names need the room. */
    private final BooleanBinding roomForBars = widthProperty().greaterThanOrEqualTo(BARS_FROM);

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
        title.setWrapText(true);
        return title;
    }

    void show(int[] top, String[] names, Analysis analysis, GraphScene scene) {
        List<Row> rows = new ArrayList<>(top.length);
        for (int actor : top) {
            rows.add(new Row(actor, names[actor], scene.weight(scene.slotOf(actor)), analysis.rank(actor)));
        }
        show(rows);
    }

    /** An actor of the list: its name, its interactions in the time on show and its PageRank. */
    record Row(int actor, String name, double weight, double rank) {
    }

    /**
     * The rows, most connected first, in a grid: names take what width is left, then a second line, and are cut
     * short first; the bars start at one edge, and in a narrow list give way to the names, as the PageRanks do
     * (still in the tooltips); the figures are never cut (a million events' counts, "79.6k", pushed the PageRank
     * out of a fixed column).
     */
    void show(List<Row> rows) {
        getChildren().setAll(title());
        GridPane grid = new GridPane();
        grid.getStyleClass().add("top-actors-grid");
        ColumnConstraints names = new ColumnConstraints();
        names.setHgrow(Priority.ALWAYS);
        names.setMinWidth(0);
        ColumnConstraints figures = new ColumnConstraints();
        figures.setMinWidth(Region.USE_PREF_SIZE);
        figures.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().setAll(names, new ColumnConstraints(), figures);
        double most = rows.isEmpty() ? 1 : Math.max(1, rows.get(0).weight());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Hyperlink name = new Hyperlink(row.name());
            name.getStyleClass().add("top-actor");
            name.setOnAction(e -> onSelect.accept(row.actor()));
            name.setMinWidth(0);
            // Who matters is the list's point, so a name takes a second line before it is cut (its CSS caps
            // it at two): "Donald Trump" and "Citizen (India)" stay whole beside the map. Not when its first
            // word is wider than the column, which wrapping would break in two ("Beshaisia" / "n Energ..."):
            // the name is cut on one line instead.
            name.wrapTextProperty().bind(Bindings.createBooleanBinding(
                    () -> name.getWidth() >= firstWordWidth(name.getText(), name.getFont()),
                    name.widthProperty(), name.fontProperty()));
            name.setTooltip(new Tooltip(row.name()));
            Region bar = new Region();
            bar.getStyleClass().add("top-actor-bar");
            bar.setPrefWidth(4 + 46 * row.weight() / most);
            bar.setMinWidth(Region.USE_PREF_SIZE);
            bar.setMaxWidth(Region.USE_PREF_SIZE);
            bar.visibleProperty().bind(roomForBars);
            bar.managedProperty().bind(roomForBars);
            Label numbers = new Label();
            String count = compact(row.weight());
            numbers.textProperty().bind(Bindings.when(roomForBars)
                    .then(count + " \u00B7 " + String.format(Locale.ROOT, "%.2f", row.rank())).otherwise(count));
            numbers.setTooltip(new Tooltip(String.format(Locale.ROOT, "%,.0f interactions in this time, PageRank %.2f of the highest",
                    row.weight(), row.rank())));
            numbers.getStyleClass().add("top-actor-figures");
            numbers.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(i, name, bar, numbers);
        }
        getChildren().add(grid);
        setVisibleContent(!rows.isEmpty());
    }

    /** The width of the first word of {@code text} in {@code font}. */
    private static double firstWordWidth(String text, Font font) {
        int space = text.indexOf(' ');
        Text word = new Text(space < 0 ? text : text.substring(0, space));
        word.setFont(font);
        return word.getLayoutBounds().getWidth();
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
