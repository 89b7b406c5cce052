package org.entente.timeline;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import org.entente.canvas.CanvasColors;
import org.entente.lanes.LaneMode;
import org.entente.state.ViewState;
import org.entente.strata.ColorMode;
import org.entente.view.LinkedView;

/**
 * The timeline: events over time in lanes, drawn on a canvas, with an overview strip and a scrub cursor.
 * It reads and changes only the shared {@link ViewState}; its own properties say how it groups and
 * colours events. Colours come from CSS, one looked-up colour per {@link TimelinePalette.Role}, so themes
 * restyle it.
 */
public class TimelineView extends LinkedView {
    private static final CanvasColors<TimelineView, TimelinePalette.Role> COLORS =
            new CanvasColors<>(TimelinePalette.Role.class, TimelinePalette.TOKENS, Control.getClassCssMetaData(),
                    view -> view.colors);

    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(this, "laneMode", LaneMode.NONE);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final ReadOnlyBooleanWrapper storeCountsDrawn = new ReadOnlyBooleanWrapper(this, "storeCountsDrawn");
    private final ReadOnlyBooleanWrapper storeCountsShown = new ReadOnlyBooleanWrapper(this, "storeCountsShown");
    private final ObjectProperty<PlaySpeed> playSpeed = new SimpleObjectProperty<>(this, "playSpeed", PlaySpeed.MONTH);
    private final ObservableSet<String> collapsedLanes = FXCollections.observableSet();

    private final CanvasColors.Values<TimelinePalette.Role> colors = COLORS.attach(this);

    public TimelineView(ViewState viewState) {
        super(viewState, "timeline-view", AccessibleRole.LIST_VIEW, "timeline");
        setFocusTraversable(true);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return TimelineView.class.getResource("timeline.css").toExternalForm();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return COLORS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    /**
     * Whether the last frame of a store drew the store's latest counts for what it shows (the window's, when
     * its records are not held, and the overview's): the picture a store's user waits for, which the
     * startup probe times. False for a dataset in memory.
     */
    public ReadOnlyBooleanProperty storeCountsDrawnProperty() {
        return storeCountsDrawn.getReadOnlyProperty();
    }

    public boolean isStoreCountsDrawn() {
        return storeCountsDrawn.get();
    }

    void setStoreCountsDrawn(boolean value) {
        storeCountsDrawn.set(value);
    }

    /**
     * Whether a frame of a store has drawn the store's counts at all, finer ones or records still coming:
     * the first picture of a store, which the startup probe times too.
     */
    public ReadOnlyBooleanProperty storeCountsShownProperty() {
        return storeCountsShown.getReadOnlyProperty();
    }

    public boolean isStoreCountsShown() {
        return storeCountsShown.get();
    }

    void setStoreCountsShown(boolean value) {
        storeCountsShown.set(value);
    }

    public Optional<Point2D> locate(String eventId) {
        return getSkin() instanceof TimelineSkin skin ? skin.locate(eventId) : Optional.empty();
    }

    /** Every colour CSS can set, so the skin can repaint when a theme changes them. */
    List<StyleableObjectProperty<Color>> colorProperties() {
        return colors.properties();
    }

    /** The palette as CSS last resolved it, for the painter. */
    TimelinePalette palette() {
        return new TimelinePalette(colors.snapshot());
    }

    public ObjectProperty<LaneMode> laneModeProperty() {
        return laneMode;
    }

    public LaneMode getLaneMode() {
        return laneMode.get();
    }

    public void setLaneMode(LaneMode value) {
        laneMode.set(value);
    }

    /** The shared colour mode of the view state, so that the map colours events as the timeline does. */
    public ObjectProperty<ColorMode> colorModeProperty() {
        return getViewState().colorModeProperty();
    }

    public ColorMode getColorMode() {
        return getViewState().getColorMode();
    }

    public void setColorMode(ColorMode value) {
        getViewState().setColorMode(value);
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public boolean isPlaying() {
        return playing.get();
    }

    public void setPlaying(boolean value) {
        playing.set(value);
    }

    public ObjectProperty<PlaySpeed> playSpeedProperty() {
        return playSpeed;
    }

    public PlaySpeed getPlaySpeed() {
        return playSpeed.get();
    }

    public void setPlaySpeed(PlaySpeed value) {
        playSpeed.set(value);
    }

    /** The keys of the lanes the user has folded to a single density strip. */
    public ObservableSet<String> getCollapsedLanes() {
        return collapsedLanes;
    }
}
