package org.entente.app;

import java.util.AbstractList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.entente.index.IndexedDataset;
import org.entente.index.TimeIndex;
import org.entente.model.Dataset;
import org.entente.model.DatasetStats;
import org.entente.model.Event;
import org.entente.state.ViewState;
import org.entente.time.WhenFormat;

/**
 * What was loaded: the dataset's title and description, its counts and time extent, and its events in
 * time order. It follows the view state's dataset and holds no state of its own.
 */
public final class DatasetOverview extends VBox {
    private final Label title = new Label();
    private final Label description = new Label();
    private final HBox figures = new HBox();
    private final TableView<Event> events = new TableView<>();

    public DatasetOverview(ViewState state) {
        getStyleClass().add("dataset-overview");
        title.getStyleClass().add("dataset-title");
        description.getStyleClass().add("dataset-description");
        description.setWrapText(true);
        description.setMaxHeight(72);
        description.setTooltip(new Tooltip());
        description.getTooltip().textProperty().bind(description.textProperty());
        description.getTooltip().setWrapText(true);
        description.getTooltip().setMaxWidth(640);
        figures.getStyleClass().add("figures");
        events.getStyleClass().add("event-table");
        events.setPlaceholder(new Label("No events in this dataset"));
        events.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPadding(new Insets(16));
        setSpacing(10);
        VBox.setVgrow(events, Priority.ALWAYS);
        getChildren().addAll(title, description, figures, events);
        state.datasetProperty().addListener((obs, old, now) -> show(now));
        show(state.getDataset());
    }

    private void show(IndexedDataset indexed) {
        if (indexed == null) {
            title.setText("No dataset");
            description.setText("Open an entente/1 file with File \u25B8 Open.");
            figures.getChildren().clear();
            events.getItems().clear();
            return;
        }
        Dataset d = indexed.dataset();
        DatasetStats stats = indexed.stats();
        title.setText(d.title());
        description.setText(d.description() == null ? "" : d.description());
        figures.getChildren().setAll(
                figure(stats.events(), "events"),
                figure(stats.actors(), "actors"),
                figure(stats.relations(), "relations"),
                figure(stats.sources(), "sources"),
                figure(stats.citations(), "citations"),
                figure(stats.extent(), "time extent"));
        events.getColumns().setAll(columns(d));
        events.setItems(FXCollections.observableList(inTimeOrder(indexed)));
    }

    /** The events in start order, read through the time index, so that a million events need no sorting here. */
    private static List<Event> inTimeOrder(IndexedDataset indexed) {
        List<Event> events = indexed.dataset().events();
        TimeIndex time = indexed.time();
        return new AbstractList<>() {
            @Override
            public Event get(int rank) {
                return events.get(time.eventAt(rank));
            }

            @Override
            public int size() {
                return time.size();
            }
        };
    }

    private static VBox figure(Object value, String caption) {
        Label number = new Label(String.valueOf(value));
        number.getStyleClass().add("figure-value");
        Label text = new Label(caption);
        text.getStyleClass().add("figure-caption");
        VBox box = new VBox(number, text);
        box.getStyleClass().add("figure");
        return box;
    }

    private static List<TableColumn<Event, String>> columns(Dataset d) {
        return List.of(
                column("When", 170, e -> WhenFormat.format(e.when())),
                column("Event", 360, Event::title),
                column("Kind", 120, e -> e.kind() == null ? "" : e.kind()),
                column("Who", 300, e -> e.participants().stream().map(p -> d.actorName(p.actor()))
                        .collect(Collectors.joining(", "))),
                column("Sources", 70, e -> Integer.toString(e.citations().size())));
    }

    private static TableColumn<Event, String> column(String name, double width,
                                                     java.util.function.Function<Event, String> text) {
        TableColumn<Event, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }
}
