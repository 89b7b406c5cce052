package org.entente.eventlist;

import java.util.Map;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.entente.index.IndexedDataset;
import org.entente.model.Dataset;
import org.entente.order.EventColumn;
import org.entente.order.EventOrder;
import org.entente.work.LatestJob;

/**
 * The heading above a virtualised table of the events. A sort of a few rows is done at once; a sort of
 * many is done off the UI thread, so that a click on a heading never freezes the window, and the rows
 * keep their old order until the new one is ready.
 */
final class EventListSkin extends SkinBase<EventList> {
    /** More rows than this are sorted in the background: collation keys for them take a noticeable moment. */
    private static final int SORT_IN_BACKGROUND_ABOVE = 20_000;

    private final TableView<Integer> table = new TableView<>();
    private final Label status = new Label();
    private final LatestJob<int[]> sorting = LatestJob.onFxThread("entente-event-list");
    private final PositionList rows = new PositionList(new int[0]);
    private int[] shown = new int[0];
    private final Map<EventColumn, TableColumn<Integer, String>> columns;
    /** The rows are being replaced: the table's own requests to sort, and its cleared selection, are ours. */
    private boolean replacing;

    EventListSkin(EventList list) {
        super(list);
        table.getStyleClass().add("event-list");
        table.setItems(rows);
        table.setPlaceholder(new Label("No events"));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        columns = EventColumns.create(this::dataset);
        table.getColumns().setAll(columns.values());
        table.setSortPolicy(t -> {
            if (!replacing) {
                sort();
            }
            return true;
        });
        table.getSelectionModel().getSelectedIndices().addListener((ListChangeListener<Integer>) c -> picked());

        Label heading = new Label();
        heading.getStyleClass().add("event-list-heading");
        heading.textProperty().bind(list.headingProperty());
        status.getStyleClass().add("event-list-status");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, heading, gap, status);
        bar.getStyleClass().add("event-list-bar");
        getChildren().add(new BorderPane(table, bar, null, null, null));

        registerChangeListener(list.positionsProperty(), o -> {
            showKindsIfAny();
            sort();
        });
        // Positions are of the dataset they were given for: another dataset's events at them are not the ones meant.
        registerChangeListener(list.getViewState().datasetProperty(), o -> list.setPositions(new int[0]));
        showKindsIfAny();
        sort();
    }

    /**
     * A list of events without kinds (an ICEWS day) would give an empty column the room the titles need;
     * the column shows when one event of the list has a kind.
     */
    private void showKindsIfAny() {
        IndexedDataset data = getSkinnable().getViewState().getDataset();
        boolean any = false;
        for (int position : getSkinnable().getPositions()) {
            if (data != null && data.dataset().events().get(position).kind() != null) {
                any = true;
                break;
            }
        }
        columns.get(EventColumn.KIND).setVisible(any);
    }

    private Dataset dataset() {
        return getSkinnable().getViewState().getDataset().dataset();
    }

    /** Puts the given events in the order of the sorted column, or in the order given when none is. */
    private void sort() {
        sorting.cancel();
        IndexedDataset data = getSkinnable().getViewState().getDataset();
        Optional<EventColumns.Sorting> by = EventColumns.sorting(table);
        if (data == null) {
            show(new int[0]);
        } else if (by.isEmpty()) {
            show(getSkinnable().getPositions());
        } else {
            sort(data.dataset(), getSkinnable().getPositions(), by.get());
        }
    }

    private void sort(Dataset dataset, int[] given, EventColumns.Sorting by) {
        if (given.length > SORT_IN_BACKGROUND_ABOVE) {
            status.setText("Sorting\u2026");
            sorting.run(cancelled -> EventOrder.sort(dataset, given, by.column(), by.ascending()), this::show);
        } else {
            show(EventOrder.sort(dataset, given, by.column(), by.ascending()));
        }
    }

    private void show(int[] sorted) {
        shown = sorted;
        replacing = true;
        table.getSelectionModel().clearSelection();
        rows.setPositions(sorted);
        replacing = false;
        status.setText("");
    }

    /** Rows picked here become the selection of every view: one event, or several. */
    private void picked() {
        if (!replacing) {
            PickedRows.select(getSkinnable().getViewState(), table.getSelectionModel().getSelectedItems());
        }
    }

    int[] rows() {
        return shown;
    }

    @Override
    public void dispose() {
        sorting.cancel();
        getChildren().clear();
        super.dispose();
    }
}
