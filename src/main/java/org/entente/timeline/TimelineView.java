package org.entente.timeline;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.css.CssMetaData;
import javafx.geometry.Point2D;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import org.entente.lanes.LaneMode;
import org.entente.state.ViewState;

/**
 * The timeline: events over time in lanes, drawn on a canvas, with an overview strip and a scrub cursor.
 * It reads and changes only the shared {@link ViewState}; its own properties say how it groups and
 * colours events. Colours come from CSS ({@code -timeline-*} properties), so themes restyle it.
 */
public class TimelineView extends Control {
    private static final StyleablePropertyFactory<TimelineView> CSS =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    private final ViewState viewState;
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(this, "laneMode", LaneMode.NONE);
    private final ObjectProperty<ColorMode> colorMode = new SimpleObjectProperty<>(this, "colorMode", ColorMode.KIND);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final ObjectProperty<PlaySpeed> playSpeed = new SimpleObjectProperty<>(this, "playSpeed", PlaySpeed.MONTH);
    private final ObservableSet<String> collapsedLanes = FXCollections.observableSet();

    private final StyleableObjectProperty<Color> backgroundColor =
            color("backgroundColor", "-timeline-background", s -> s.backgroundColor, "#fbfbfc");
    private final StyleableObjectProperty<Color> alternateLaneColor =
            color("alternateLaneColor", "-timeline-alternate-lane", s -> s.alternateLaneColor, "#f3f5f8");
    private final StyleableObjectProperty<Color> gridColor =
            color("gridColor", "-timeline-grid", s -> s.gridColor, "#e3e6ea");
    private final StyleableObjectProperty<Color> majorGridColor =
            color("majorGridColor", "-timeline-major-grid", s -> s.majorGridColor, "#c9ced6");
    private final StyleableObjectProperty<Color> textColor =
            color("textColor", "-timeline-text", s -> s.textColor, "#1f2933");
    private final StyleableObjectProperty<Color> mutedTextColor =
            color("mutedTextColor", "-timeline-muted-text", s -> s.mutedTextColor, "#66707c");
    private final StyleableObjectProperty<Color> cursorColor =
            color("cursorColor", "-timeline-cursor", s -> s.cursorColor, "#d9480f");
    private final StyleableObjectProperty<Color> selectionColor =
            color("selectionColor", "-timeline-selection", s -> s.selectionColor, "#1c7ed6");
    private final StyleableObjectProperty<Color> cooperativeColor =
            color("cooperativeColor", "-timeline-cooperative", s -> s.cooperativeColor, "#2b8a3e");
    private final StyleableObjectProperty<Color> neutralColor =
            color("neutralColor", "-timeline-neutral", s -> s.neutralColor, "#868e96");
    private final StyleableObjectProperty<Color> conflictualColor =
            color("conflictualColor", "-timeline-conflictual", s -> s.conflictualColor, "#c92a2a");
    private final StyleableObjectProperty<Color> periodColor =
            color("periodColor", "-timeline-period", s -> s.periodColor, "#7048e8");
    private final StyleableObjectProperty<Color> densityColor =
            color("densityColor", "-timeline-density", s -> s.densityColor, "#5c7cfa");
    private final StyleableObjectProperty<Color> kindColor1 = color("kindColor1", "-timeline-kind-1", s -> s.kindColor1, "#1971c2");
    private final StyleableObjectProperty<Color> kindColor2 = color("kindColor2", "-timeline-kind-2", s -> s.kindColor2, "#e8590c");
    private final StyleableObjectProperty<Color> kindColor3 = color("kindColor3", "-timeline-kind-3", s -> s.kindColor3, "#2f9e44");
    private final StyleableObjectProperty<Color> kindColor4 = color("kindColor4", "-timeline-kind-4", s -> s.kindColor4, "#9c36b5");
    private final StyleableObjectProperty<Color> kindColor5 = color("kindColor5", "-timeline-kind-5", s -> s.kindColor5, "#c2255c");
    private final StyleableObjectProperty<Color> kindColor6 = color("kindColor6", "-timeline-kind-6", s -> s.kindColor6, "#0c8599");
    private final StyleableObjectProperty<Color> kindColor7 = color("kindColor7", "-timeline-kind-7", s -> s.kindColor7, "#f08c00");
    private final StyleableObjectProperty<Color> kindColor8 = color("kindColor8", "-timeline-kind-8", s -> s.kindColor8, "#5f3dc4");

    public TimelineView(ViewState viewState) {
        this.viewState = viewState;
        getStyleClass().add("timeline-view");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        setAccessibleRoleDescription("timeline");
    }

    private StyleableObjectProperty<Color> color(String name, String css,
                                                 java.util.function.Function<TimelineView, javafx.css.StyleableProperty<Color>> getter,
                                                 String initial) {
        return (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, name, css, getter, Color.web(initial));
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
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    /**
     * Where the timeline last drew an event, in this control's coordinates, or empty when the event is
     * not in view on its own (outside the window, or inside a cluster).
     */
    public Optional<Point2D> locate(String eventId) {
        return getSkin() instanceof TimelineSkin skin ? skin.locate(eventId) : Optional.empty();
    }

    public ViewState getViewState() {
        return viewState;
    }

    /** Every colour CSS can set, so the skin can repaint when a theme changes them. */
    List<StyleableObjectProperty<Color>> colorProperties() {
        return List.of(backgroundColor, alternateLaneColor, gridColor, majorGridColor, textColor, mutedTextColor,
                cursorColor, selectionColor, cooperativeColor, neutralColor, conflictualColor, densityColor, periodColor,
                kindColor1, kindColor2, kindColor3, kindColor4, kindColor5, kindColor6, kindColor7, kindColor8);
    }

    /** The palette as CSS last resolved it, for the painter. */
    TimelinePalette palette() {
        return new TimelinePalette(backgroundColor.get(), alternateLaneColor.get(), gridColor.get(),
                majorGridColor.get(), textColor.get(), mutedTextColor.get(), cursorColor.get(), selectionColor.get(),
                cooperativeColor.get(), neutralColor.get(), conflictualColor.get(), densityColor.get(), periodColor.get(),
                List.of(kindColor1.get(), kindColor2.get(), kindColor3.get(), kindColor4.get(), kindColor5.get(),
                        kindColor6.get(), kindColor7.get(), kindColor8.get()));
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

    public ObjectProperty<ColorMode> colorModeProperty() {
        return colorMode;
    }

    public ColorMode getColorMode() {
        return colorMode.get();
    }

    public void setColorMode(ColorMode value) {
        colorMode.set(value);
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
