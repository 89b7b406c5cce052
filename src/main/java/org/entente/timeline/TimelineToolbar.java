package org.entente.timeline;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.entente.canvas.ChoiceLabels;
import org.entente.lanes.LaneMode;
import org.entente.shortcuts.Shortcut;
import org.entente.strata.ColorMode;

/**
 * The bar above the timeline: play and its speed, the cursor's date, the grouping and colouring,
 * comparing two periods, and the zoom and save actions. Its controls are bound both ways to the view's
 * properties until {@link #dispose()}, so that a disposed skin's toolbar no longer follows the view.
 */
final class TimelineToolbar extends HBox {
    private static final ChoiceLabels<LaneMode> LANE_LABELS = new ChoiceLabels<>(Map.of(LaneMode.NONE, "All events",
            LaneMode.KIND, "By kind", LaneMode.TAG, "By tag", LaneMode.ACTOR, "By actor"));
    private static final ChoiceLabels<ColorMode> COLOUR_LABELS =
            new ChoiceLabels<>(Map.of(ColorMode.KIND, "Colour by kind", ColorMode.TONE, "Colour by tone"));

    private final TimelineView view;
    private final ToggleButton play = new ToggleButton("\u25B6 Play");
    private final ComboBox<PlaySpeed> speed = new ComboBox<>();
    private final Label cursorDate = new Label();
    private final ChoiceBox<LaneMode> lanes = new ChoiceBox<>();
    private final ChoiceBox<ColorMode> colours = new ChoiceBox<>();

    TimelineToolbar(TimelineView view, Runnable fitAll, Runnable zoomToSelection, Runnable saveAsPng) {
        this.view = view;
        play.getStyleClass().add("play-button");
        play.selectedProperty().bindBidirectional(view.playingProperty());
        play.textProperty().bind(Bindings.when(play.selectedProperty())
                .then("\u275A\u275A Pause").otherwise("\u25B6 Play"));
        play.setTooltip(Shortcut.TIMELINE_PLAY.tooltip());
        speed.getItems().setAll(PlaySpeed.values());
        speed.valueProperty().bindBidirectional(view.playSpeedProperty());
        speed.setTooltip(new Tooltip("Playback speed"));
        cursorDate.getStyleClass().add("cursor-date");
        cursorDate.setTooltip(new Tooltip("The cursor's date; drag the orange handle on the axis to scrub"));
        lanes.getItems().setAll(LaneMode.values());
        lanes.setConverter(LANE_LABELS);
        lanes.valueProperty().bindBidirectional(view.laneModeProperty());
        lanes.setTooltip(new Tooltip("Group events into lanes"));
        colours.getItems().setAll(ColorMode.values());
        colours.setConverter(COLOUR_LABELS);
        colours.valueProperty().bindBidirectional(view.colorModeProperty());
        Button fit = new Button("Fit all");
        fit.setTooltip(Shortcut.TIMELINE_FIT_ALL.tooltip());
        fit.setOnAction(e -> fitAll.run());
        Button toSelection = new Button("Zoom to selection");
        toSelection.setTooltip(Shortcut.TIMELINE_ZOOM_TO_SELECTION.tooltip());
        toSelection.setOnAction(e -> zoomToSelection.run());
        Button png = new Button("Save as PNG\u2026");
        png.setTooltip(new Tooltip("Save the visible timeline as a PNG image"));
        png.setOnAction(e -> saveAsPng.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().setAll(play, speed, cursorDate, gap, lanes, colours, CompareControls.menuButton(view.getViewState()),
                fit, toSelection, png);
        getStyleClass().add("timeline-toolbar");
        for (var node : getChildren()) {
            node.setFocusTraversable(false);
        }
    }

    void showCursorDate(String text) {
        cursorDate.setText(text);
    }

    String cursorDate() {
        return cursorDate.getText();
    }

    void dispose() {
        play.selectedProperty().unbindBidirectional(view.playingProperty());
        speed.valueProperty().unbindBidirectional(view.playSpeedProperty());
        lanes.valueProperty().unbindBidirectional(view.laneModeProperty());
        colours.valueProperty().unbindBidirectional(view.colorModeProperty());
    }
}
