package org.entente.view;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.entente.query.Comparison;
import org.entente.query.PeriodText;
import org.entente.query.TimeWindow;

/**
 * Asks for the two periods to compare by their dates: each from one date to another, as precise as the
 * user likes. It says at once what is wrong with what was typed, and OK stays off until both periods are
 * good.
 */
public final class CompareDialog extends Dialog<Comparison> {
    private final TextField fromA = field("from-a");
    private final TextField toA = field("to-a");
    private final TextField fromB = field("from-b");
    private final TextField toB = field("to-b");
    private final Label error = new Label();

    /** A dialog filled with the periods compared now, or where unset with the visible window. */
    public CompareDialog(Comparison current, TimeWindow visible) {
        setTitle("Compare two periods");
        setHeaderText("Compare how actors dealt with one another in two periods");
        fill(fromA, toA, current == null || current.a() == null ? visible : current.a());
        fill(fromB, toB, current == null || current.b() == null ? visible : current.b());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(""), new Label("From"), new Label("To"));
        grid.addRow(1, new Label("Period A"), fromA, toA);
        grid.addRow(2, new Label("Period B"), fromB, toB);
        error.getStyleClass().add("compare-dialog-error");
        error.setWrapText(true);
        error.setMaxWidth(420);
        Label hint = new Label("Write a year, a month or a day: 2019, 2019-03 or 2019-03-15. A period runs from the "
                + "start of its first date to the end of its last.");
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        getDialogPane().setContent(new VBox(10, grid, hint, error));
        getDialogPane().getStyleClass().add("compare-dialog");
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        for (TextField field : new TextField[] {fromA, toA, fromB, toB}) {
            field.textProperty().addListener((obs, old, now) -> ok.setDisable(periods().isEmpty()));
        }
        ok.setDisable(periods().isEmpty());
        setResultConverter(button -> button == ButtonType.OK ? periods().orElse(null) : null);
    }

    /** Both periods as typed, or empty (with the reason shown) when either is not a period. */
    private Optional<Comparison> periods() {
        try {
            Comparison periods = new Comparison(PeriodText.parse("Period A", fromA.getText(), toA.getText()),
                    PeriodText.parse("Period B", fromB.getText(), toB.getText()));
            error.setText("");
            return Optional.of(periods);
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
            return Optional.empty();
        }
    }

    private static void fill(TextField from, TextField to, TimeWindow period) {
        String[] days = PeriodText.of(period);
        from.setText(days[0]);
        to.setText(days[1]);
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(10);
        return field;
    }
}
