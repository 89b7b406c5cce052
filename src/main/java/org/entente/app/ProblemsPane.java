package org.entente.app;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.entente.io.Problem;

/**
 * Lists what the loader found wrong, one line per problem with its line:column and JSON path, and offers
 * to load the valid records of a refused file anyway.
 */
public final class ProblemsPane extends VBox {
    private final Label heading = new Label();
    private final ListView<Problem> list = new ListView<>();
    private final Button loadAnyway = new Button("Load the valid records anyway");
    private final Button dismiss = new Button("Close");
    private final ObjectProperty<Runnable> onLoadAnyway = new SimpleObjectProperty<>(this, "onLoadAnyway");

    public ProblemsPane() {
        getStyleClass().add("problems-pane");
        heading.getStyleClass().add("problems-heading");
        list.setCellFactory(view -> new ProblemCell());
        list.setPrefHeight(180);
        loadAnyway.setOnAction(e -> {
            if (onLoadAnyway.get() != null) {
                onLoadAnyway.get().run();
            }
        });
        dismiss.setOnAction(e -> setVisible(false));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, heading, gap, loadAnyway, dismiss);
        bar.setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 16, 8, 16));
        setSpacing(6);
        getChildren().addAll(bar, list);
        setMinHeight(USE_PREF_SIZE);
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    /** Shows the problems of one load; {@code refused} tells whether the dataset was kept out. */
    public void show(String file, List<Problem> problems, int errors, int warnings, boolean refused) {
        heading.setText(file + ": " + Cli.plural(errors, "error") + ", " + Cli.plural(warnings, "warning")
                + (refused ? " \u2014 not loaded; the dataset shown before stays" : ""));
        list.getItems().setAll(problems);
        loadAnyway.setVisible(refused);
        loadAnyway.setManaged(refused);
        setVisible(!problems.isEmpty());
    }

    public ObjectProperty<Runnable> onLoadAnywayProperty() {
        return onLoadAnyway;
    }

    public void setOnLoadAnyway(Runnable action) {
        onLoadAnyway.set(action);
    }

    private static final class ProblemCell extends ListCell<Problem> {
        @Override
        protected void updateItem(Problem problem, boolean empty) {
            super.updateItem(problem, empty);
            getStyleClass().removeAll("problem-error", "problem-warning");
            if (empty || problem == null) {
                setText(null);
                return;
            }
            getStyleClass().add(problem.isError() ? "problem-error" : "problem-warning");
            setText(problem.line() + ":" + problem.column() + "  " + problem.severity().label() + "  "
                    + problem.message() + "  (at " + (problem.path().isEmpty() ? "/" : problem.path()) + ")");
        }
    }
}
