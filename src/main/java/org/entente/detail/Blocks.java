package org.entente.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.entente.index.IntList;
import org.entente.model.Event;
import org.entente.state.Selection;

/** The building blocks every section uses: titles, headings, facts, wrapped text, links and event lists. */
final class Blocks {
    private static final double LIST_ROW = 24;
    private static final int LIST_ROWS_SHOWN = 10;

    private Blocks() {
    }

    static Label title(String text) {
        return styled(new Label(text), "detail-title");
    }

    static Label heading(String text) {
        return styled(new Label(text), "detail-heading");
    }

    /** Plain text that wraps; text from the dataset is always shown as text, never run as markup. */
    static Label text(String text) {
        Label label = styled(new Label(text), "detail-text");
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.setMinWidth(0);
        return label;
    }

    static Label muted(String text) {
        Label label = text(text);
        label.getStyleClass().add("detail-muted");
        return label;
    }

    static <T extends Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }

    /** A link that selects a record: clicking it navigates there. */
    static Hyperlink link(String text, DetailContext context, Selection target) {
        Hyperlink link = styled(new Hyperlink(text), "detail-link");
        link.setOnAction(e -> context.select(target));
        return link;
    }

    /**
     * A tooltip made when the pointer first comes over {@code control}: each tooltip is a popup window
     * with a scene of its own, and a section citing many sources would build one for each every time it
     * is rebuilt, as it is whenever a store's records arrive.
     */
    static void hint(Control control, String text) {
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (control.getTooltip() == null) {
                control.setTooltip(new Tooltip(text));
            }
        });
    }

    static FlowPane flow(Node... nodes) {
        FlowPane flow = styled(new FlowPane(4, 2, nodes), "detail-flow");
        flow.setPrefWrapLength(300);
        return flow;
    }

    /** Facts as a two-column grid of names and values. */
    static GridPane facts(String[][] rows) {
        GridPane grid = styled(new GridPane(), "detail-facts");
        grid.setHgap(10);
        grid.setVgap(2);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(0);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), values);
        int row = 0;
        for (String[] fact : rows) {
            if (fact[1] == null || fact[1].isBlank()) {
                continue;
            }
            grid.add(styled(new Label(fact[0]), "detail-fact-name"), 0, row);
            grid.add(text(fact[1]), 1, row);
            row++;
        }
        return grid;
    }

    static VBox section(Node... nodes) {
        VBox box = styled(new VBox(4, nodes), "detail-section");
        box.setFillWidth(true);
        return box;
    }

    /**
     * Events as a list that draws only the rows in view, so an actor with a hundred thousand events shows
     * as fast as one with three; a click or Enter selects the event.
     */
    static ListView<Integer> events(IntList positions, DetailContext context) {
        List<Integer> boxed = new ArrayList<>(positions.size());
        for (int i = 0; i < positions.size(); i++) {
            boxed.add(positions.get(i));
        }
        return rows(boxed, position -> {
            Event e = context.dataset().events().get(position);
            return DetailText.date(e.when()) + "  \u2014  " + e.title();
        }, position -> context.select(Selection.event(context.dataset().events().get(position).id())));
    }

    /** Items as a list of one line each that draws only the rows in view; a click or Enter picks the item. */
    static <T> ListView<T> rows(List<T> items, Function<T, String> text, Consumer<T> pick) {
        ListView<T> list = styled(new ListView<>(), "detail-events");
        list.getItems().setAll(items);
        list.setFixedCellSize(LIST_ROW);
        list.setPrefHeight(LIST_ROW * Math.min(LIST_ROWS_SHOWN, Math.max(1, items.size())) + 4);
        list.setMinHeight(LIST_ROW + 4);
        list.setCellFactory(view -> new ListCell<>() {
            {
                // Rows as wide as the list, never wider: long titles end in an ellipsis, not a horizontal scroll bar.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        list.setOnMouseClicked(e -> pickFocused(list, pick));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pickFocused(list, pick);
            }
        });
        return list;
    }

    private static <T> void pickFocused(ListView<T> list, Consumer<T> pick) {
        T item = list.getSelectionModel().getSelectedItem();
        if (item != null) {
            pick.accept(item);
        }
    }
}
