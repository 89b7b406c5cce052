package org.entente.table;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.entente.eventlist.EventColumns;
import org.entente.eventlist.PickedRows;
import org.entente.eventlist.PositionList;
import org.entente.export.EventCsvWriter;
import org.entente.index.IndexedDataset;
import org.entente.model.Dataset;
import org.entente.order.EventColumn;
import org.entente.state.Selection;
import org.entente.state.StoreLens;
import org.entente.state.ViewState;
import org.entente.work.LatestJob;
import org.entente.work.Workers;

/**
 * A virtualised table over the rows of the window: the rows are an array of dataset positions, so a
 * million of them cost four megabytes, and the table builds cells only for the rows in view. Rows are
 * computed and sorted off the UI thread, a moment after the window stops moving; picking rows selects
 * their events in every view, and a selection made elsewhere is picked here when its events are rows.
 */
final class EventTableSkin extends SkinBase<EventTableView> {
    /** Wait this long after the window last moved before recomputing, so a pan does not recompute every frame. */
    private static final Duration SETTLE = Duration.millis(120);

    private final TableView<Integer> table = new TableView<>();
    private final Label count = new Label();
    /**
     * One list for the table's whole life, its contents replaced as rows arrive: a table given a new list
     * forgets the column it was sorted by.
     */
    private final PositionList rowList = new PositionList(new int[0]);
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final LatestJob<TableRows> computing = new LatestJob<>(Workers.single("entente-table"), Platform::runLater);
    private TableRows rows = TableRows.EMPTY;
    private boolean following;
    /** The rows no longer match the state, and are recomputed when the table is next shown. */
    private boolean stale;
    private final InvalidationListener shown = o -> {
        if (stale && showing()) {
            recompute();
        }
    };
    private Node watched;
    private final Label placeholder = new Label(NO_EVENTS);
    /** What a store's records leave out of the window, when they are its short events only. */
    private final Label partial = new Label();
    private static final String NO_EVENTS = "No events in this window";

    EventTableSkin(EventTableView view) {
        super(view);
        ViewState state = view.getViewState();
        table.getStyleClass().add("event-table");
        table.setPlaceholder(placeholder);
        table.setItems(rowList);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                EventColumns.create(() -> getSkinnable().getViewState().getDataset().dataset()).values());
        table.setSortPolicy(t -> {
            // The table asks to sort when its items are replaced, too: only a change of order recomputes.
            if (!following) {
                recompute();
            }
            return true;
        });
        table.getSelectionModel().getSelectedIndices().addListener((ListChangeListener<Integer>) c -> picked());
        Button export = new Button("Export rows as CSV\u2026");
        export.setTooltip(new Tooltip("Write the rows as shown, in this order, to a CSV file"));
        export.setOnAction(e -> exportCsv());
        export.disableProperty().bind(Bindings.isEmpty(rowList));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        partial.getStyleClass().add("store-partial");
        partial.setMinWidth(0);
        partial.managedProperty().bind(partial.visibleProperty());
        HBox bar = new HBox(8, count, partial, gap, export);
        bar.getStyleClass().add("event-table-bar");
        getChildren().add(new BorderPane(table, bar, null, null, null));

        settle.setOnFinished(e -> recompute());
        registerChangeListener(state.datasetProperty(), o -> recompute());
        registerChangeListener(state.filterProperty(), o -> recompute());
        registerInvalidationListener(state.recordsComingProperty(), o -> recompute());
        registerInvalidationListener(state.windowProperty(), o -> settle.playFromStart());
        registerChangeListener(state.selectionProperty(), o -> follow(state.getSelection()));
        registerChangeListener(view.parentProperty(), o -> watchParent());
        watchParent();
        recompute();
    }

    /**
     * Recomputes the rows for the window, filter and sort order, off the UI thread, only while the table
     * is on show: in a tab not selected it only notes that its rows are stale, and catches up when the
     * tab is shown.
     */
    private void recompute() {
        settle.stop();
        ViewState state = getSkinnable().getViewState();
        IndexedDataset data = state.getDataset();
        String notice = StoreLens.notice(state, state.getWindow());
        placeholder.setText(notice == null ? NO_EVENTS : notice);
        String left = StoreLens.partial(state, state.getWindow());
        partial.setText(left);
        partial.setTooltip(left == null ? null : new Tooltip(left));
        partial.setVisible(left != null);
        if (data == null || notice != null) {
            computing.cancel();
            show(TableRows.EMPTY);
            return;
        }
        if (!showing()) {
            stale = true;
            return;
        }
        stale = false;
        // Sorted by no column, the rows are in time order.
        EventColumns.Sorting by = EventColumns.sorting(table).orElse(new EventColumns.Sorting(EventColumn.DATE, true));
        var window = state.getWindow();
        var filter = state.getFilter();
        count.setText("Counting\u2026");
        computing.run(cancelled -> TableRows.of(data, window, filter, by.column(), by.ascending(), cancelled),
                this::show);
    }

    private void show(TableRows computed) {
        rows = computed;
        following = true;
        rowList.setPositions(computed.positions());
        following = false;
        count.setText(String.format("%,d events in this window", computed.size()));
        follow(getSkinnable().getViewState().getSelection());
    }

    /** Whether the table and every container above it are visible: a tab pane hides the tabs not selected. */
    private boolean showing() {
        for (Node node = getSkinnable(); node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return getSkinnable().getScene() != null;
    }

    /** Follows the visibility of the container the table sits in, such as the tab pane's region for its tab. */
    private void watchParent() {
        if (watched != null) {
            watched.visibleProperty().removeListener(shown);
        }
        watched = getSkinnable().getParent();
        if (watched != null) {
            watched.visibleProperty().addListener(shown);
        }
    }

    /** Rows picked here become the selection of every view: one event, or several. */
    private void picked() {
        if (!following) {
            // The selection comes back to follow(), which must not touch the rows inside this change.
            following = true;
            PickedRows.select(getSkinnable().getViewState(), table.getSelectionModel().getSelectedItems());
            following = false;
        }
    }

    /** A selection of events made anywhere picks their rows here, and brings the first into view. */
    private void follow(Selection selection) {
        IndexedDataset data = getSkinnable().getViewState().getDataset();
        if (following) {
            return;
        }
        List<String> ids = selection instanceof Selection.OfEvent one ? List.of(one.eventId())
                : selection instanceof Selection.OfEvents many ? many.eventIds() : List.of();
        following = true;
        table.getSelectionModel().clearSelection();
        int[] picked = data == null || ids.isEmpty() ? new int[0] : rows.rowsOf(data.dataset(), ids);
        if (picked.length > 0) {
            table.getSelectionModel().selectIndices(picked[0], picked);
            table.scrollTo(Math.max(0, picked[0] - 2));
        }
        following = false;
    }

    private void exportCsv() {
        IndexedDataset data = getSkinnable().getViewState().getDataset();
        if (data == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the rows as CSV");
        chooser.setInitialFileName("events.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files (*.csv)", "*.csv"));
        File file = chooser.showSaveDialog(getSkinnable().getScene().getWindow());
        if (file != null) {
            writeCsv(data.dataset(), file);
        }
    }

    /** Writes the rows as shown; a failed write is reported, never silent. */
    void writeCsv(Dataset dataset, File file) {
        int[] shown = rows.positions();
        Workers.single("entente-export").execute(() -> {
            try {
                EventCsvWriter.write(dataset, shown, file.toPath());
                Platform.runLater(() -> count.setText(String.format("%,d rows written to %s", shown.length, file)));
            } catch (IOException e) {
                Platform.runLater(() -> {
                    Alert alert = new Alert(Alert.AlertType.ERROR, "Could not write " + file + ": " + e.getMessage());
                    alert.initOwner(getSkinnable().getScene().getWindow());
                    alert.setHeaderText("Export failed");
                    alert.show();
                });
            }
        });
    }

    TableRows rows() {
        return rows;
    }

    List<String> rowEventIds() {
        IndexedDataset data = getSkinnable().getViewState().getDataset();
        List<String> ids = new ArrayList<>(rows.size());
        for (int position : rows.positions()) {
            ids.add(data.dataset().events().get(position).id());
        }
        return ids;
    }

    @Override
    public void dispose() {
        if (watched != null) {
            watched.visibleProperty().removeListener(shown);
        }
        settle.stop();
        computing.cancel();
        getChildren().clear();
        super.dispose();
    }
}
