package org.entente.table;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TableColumn;
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
import org.entente.order.EventCells;
import org.entente.order.EventColumn;
import org.entente.state.Selection;
import org.entente.state.StoreLens;
import org.entente.state.ViewState;
import org.entente.store.EventPage;
import org.entente.store.EventQuery;
import org.entente.store.EventRow;
import org.entente.store.EventStore;
import org.entente.work.LatestJob;
import org.entente.work.Workers;

/**
 * A virtualised table over the rows of the window: the rows are an array of dataset positions, so a
 * million of them cost four megabytes, and the table builds cells only for the rows in view. Rows are
 * computed and sorted off the UI thread, a moment after the window stops moving; picking rows selects
 * their events in every view, and a selection made elsewhere is picked here when its events are rows.
 * A store's window of more events than are fetched shows the store's first page of them in the order
 * asked ({@link StorePage}), and a row picked there brings its event into view.
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
    private final LatestJob<EventPage> paging = new LatestJob<>(Workers.single("entente-table-store"), Platform::runLater);
    /** The store's first rows on show instead of dataset positions, or null. */
    private StorePage page;
    private final BooleanProperty paged = new SimpleBooleanProperty(this, "paged");
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
    private static final double SCROLL_BAR = 16;

    EventTableSkin(EventTableView view) {
        super(view);
        ViewState state = view.getViewState();
        table.getStyleClass().add("event-table");
        table.setPlaceholder(placeholder);
        table.setItems(rowList);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Map<EventColumn, TableColumn<Integer, String>> columns = EventColumns.create((column, row) -> page != null
                ? page.text(column, row)
                : EventCells.text(column, getSkinnable().getViewState().getDataset().dataset().events().get(row),
                        getSkinnable().getViewState().getDataset().dataset()));
        table.getColumns().setAll(columns.values());
        // Less the vertical scroll bar's room, which the columns share.
        registerChangeListener(table.widthProperty(), o -> EventColumns.fit(columns, table.getWidth() - SCROLL_BAR));
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
        export.disableProperty().bind(Bindings.isEmpty(rowList).or(paged));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        partial.getStyleClass().add("store-partial");
        // The note gives way in a narrow pane (its tooltip says it all); the count and the export never do.
        partial.setMinWidth(0);
        count.setMinWidth(Region.USE_PREF_SIZE);
        export.setMinWidth(Region.USE_PREF_SIZE);
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
        note(StoreLens.partial(state, state.getWindow()));
        boolean fromStore = notice != null && state.getStore() != null && !state.isRecordsComing();
        if (data == null || notice != null && !fromStore) {
            computing.cancel();
            paging.cancel();
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
        if (fromStore) {
            computing.cancel();
            EventStore store = state.getStore();
            placeholder.setText("Asking the store for the first events of this window\u2026");
            count.setText("Counting\u2026");
            EventQuery query = new EventQuery(filter, window, StorePage.sort(by.column()), by.ascending(), 0, StorePage.SIZE);
            paging.run(cancelled -> store.unlessCancelled(cancelled, () -> store.events(query)),
                    answer -> showPage(new StorePage(answer.rows(), answer.total())));
            return;
        }
        paging.cancel();
        count.setText("Counting\u2026");
        computing.run(cancelled -> TableRows.of(data, window, filter, by.column(), by.ascending(), cancelled),
                this::show);
    }

    private void show(TableRows computed) {
        page = null;
        paged.set(false);
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

    /**
     * A store's first rows of a window too many to fetch: the table shows them and says what they are; a
     * row picked brings its event into view, so that its records come.
     */
    private void showPage(StorePage shown) {
        page = shown;
        paged.set(true);
        rows = TableRows.EMPTY;
        following = true;
        int[] positions = new int[shown.rows().size()];
        Arrays.setAll(positions, i -> i);
        rowList.setPositions(positions);
        following = false;
        count.setText(String.format(Locale.ROOT, "%,d events in this window", shown.total()));
        note(shown.rows().size() < shown.total()
                ? String.format(Locale.ROOT, "The first %,d, from the store: actors and places show when the window"
                + " holds %,d events or fewer", shown.rows().size(), StoreLens.LIMIT)
                : String.format(Locale.ROOT, "From the store: actors and places show when the window holds %,d"
                + " events or fewer", StoreLens.LIMIT));
    }

    private void note(String text) {
        partial.setText(text);
        partial.setTooltip(text == null ? null : new Tooltip(text));
        partial.setVisible(text != null);
    }

    /** Rows picked here become the selection of every view: one event, or several. */
    private void picked() {
        if (page != null) {
            Integer row = table.getSelectionModel().getSelectedItem();
            if (!following && row != null) {
                EventRow event = page.rows().get(row);
                // After the table's selection change: going to the event replaces the rows.
                Platform.runLater(() -> getSkinnable().getViewState().goToEvent(event.id(), event.when().start()));
            }
            return;
        }
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
        // A store's page keeps the row picked: its event is coming into view, and then the rows are records.
        if (following || page != null) {
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

    int rowCount() {
        return page != null ? page.rows().size() : rows.size();
    }

    List<String> rowEventIds() {
        if (page != null) {
            return page.rows().stream().map(EventRow::id).toList();
        }
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
        paging.cancel();
        getChildren().clear();
        super.dispose();
    }
}
