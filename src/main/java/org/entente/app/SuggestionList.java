package org.entente.app;

import impl.org.controlsfx.skin.AutoCompletePopup;
import impl.org.controlsfx.skin.AutoCompletePopupSkin;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/**
 * The search suggestions' list, sized to what it shows. ControlsFX assumes rows 24 pixels tall and a
 * fixed width, so with the app's fonts a few rows showed behind a horizontal scroll bar; here the rows
 * are as tall as the font needs, the list as tall as its rows up to {@link #MAX_ROWS}, and as wide as
 * its longest suggestion up to {@link #MAX_WIDTH}, beyond which a suggestion ends in an ellipsis.
 */
final class SuggestionList {
    static final int MAX_ROWS = 14;
    private static final double MIN_WIDTH = 320;
    private static final double MAX_WIDTH = 900;
    /** A cell's padding on both sides and room for the vertical scroll bar, which a full list shows. */
    private static final double CELL_ROOM = 40;
    private static final double ROW_PADDING = 10;

    private SuggestionList() {
    }

    /** Skins {@code popup} with the sized list and returns the list; {@code font} is the font the cells are shown in. */
    static <T> ListView<T> install(AutoCompletePopup<T> popup, StringConverter<T> converter, Font font) {
        AutoCompletePopupSkin<T> skin = new AutoCompletePopupSkin<>(popup, view -> new ElidingCell<>(converter));
        popup.setSkin(skin);
        @SuppressWarnings("unchecked")
        ListView<T> list = (ListView<T>) skin.getNode();
        list.setFixedCellSize(Math.ceil(measure("Xg", font).getLayoutBounds().getHeight() + ROW_PADDING));
        list.prefWidthProperty().unbind();
        list.minWidthProperty().unbind();
        list.maxWidthProperty().unbind();
        list.prefHeightProperty().unbind();
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(MAX_ROWS, list.getItems().size()) * list.getFixedCellSize()
                        + list.getInsets().getTop() + list.getInsets().getBottom(),
                list.getItems(), list.fixedCellSizeProperty(), list.insetsProperty()));
        list.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double widest = 0;
            for (T item : list.getItems()) {
                widest = Math.max(widest, measure(converter.toString(item), font).getLayoutBounds().getWidth());
            }
            double room = CELL_ROOM + list.getInsets().getLeft() + list.getInsets().getRight();
            return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widest + room));
        }, list.getItems(), list.insetsProperty()));
        list.setMinWidth(MIN_WIDTH);
        list.setMaxWidth(MAX_WIDTH);
        return list;
    }

    private static Text measure(String text, Font font) {
        Text measured = new Text(text);
        measured.setFont(font);
        return measured;
    }

    /**
     * A cell that asks for no width of its own, so the list never scrolls sideways: it takes the list's
     * width and ends a suggestion too long for it in an ellipsis.
     */
    private static final class ElidingCell<T> extends ListCell<T> {
        private final StringConverter<T> converter;

        ElidingCell(StringConverter<T> converter) {
            this.converter = converter;
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : converter.toString(item));
        }
    }
}
