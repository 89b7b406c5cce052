package org.entente.map;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.entente.canvas.CanvasColors;
import org.entente.places.MapShading;
import org.entente.state.ViewState;
import org.entente.view.LinkedView;

/**
 * The map: where the events of the graph's time happened and between which countries, drawn on a canvas
 * in the Equal Earth projection. Like every view it reads and changes only the shared {@link ViewState}:
 * it follows the graph's time window, the filter and the selection, and a click selects. On a store whose
 * records do not cover that time, it shades the countries by the store's counts of it instead, and says so.
 * Colours come from CSS, one token per {@link MapPalette.Role}, so themes restyle it.
 */
public class MapView extends LinkedView {
    /** Where a workspace asked the map to look before it was shown. */
    private MapViewport askedViewport;
    /** Flows drawn at most by default: past a few dozen arcs, a world map turns into a web. */
    public static final int DEFAULT_MAX_FLOWS = 30;

    private static final CanvasColors<MapView, MapPalette.Role> COLORS =
            new CanvasColors<>(MapPalette.Role.class, MapPalette.TOKENS, Control.getClassCssMetaData(), view -> view.colors);

    private final ObjectProperty<MapShading> shading = new SimpleObjectProperty<>(this, "shading", MapShading.EVENTS);
    private final BooleanProperty showFlows = new SimpleBooleanProperty(this, "showFlows", true);
    private final IntegerProperty maxFlows = new SimpleIntegerProperty(this, "maxFlows", DEFAULT_MAX_FLOWS);

    private final CanvasColors.Values<MapPalette.Role> colors = COLORS.attach(this);

    public MapView(ViewState viewState) {
        super(viewState, "map-view", AccessibleRole.NODE, "map");
        setFocusTraversable(true);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new MapSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return MapView.class.getResource("map.css").toExternalForm();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return COLORS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    MapPalette palette() {
        return new MapPalette(colors.snapshot());
    }

    CanvasColors.Values<MapPalette.Role> colors() {
        return colors;
    }

    /** Where the map looks now; null before it is first laid out. */
    public MapViewport getViewport() {
        return getSkin() instanceof MapSkin skin ? skin.viewport() : null;
    }

    /** Looks where a viewport looks, at once, as a workspace restores it; a map not yet shown looks there once it is. */
    public void setViewport(MapViewport wanted) {
        if (getSkin() instanceof MapSkin skin) {
            skin.lookAt(wanted);
        } else {
            askedViewport = wanted;
        }
    }

    /** The viewport asked for before the map was shown, for its skin to look at; null after. */
    MapViewport takeAskedViewport() {
        MapViewport asked = askedViewport;
        askedViewport = null;
        return asked;
    }

    /** Glides to show every place of the time on show (the whole world when there is none). */
    public void fit() {
        if (getSkin() instanceof MapSkin skin) {
            skin.fit();
        }
    }

    /** Glides to the whole world. */
    public void showWorld() {
        if (getSkin() instanceof MapSkin skin) {
            skin.showWorld();
        }
    }

    public void zoomIn() {
        if (getSkin() instanceof MapSkin skin) {
            skin.zoomBy(2);
        }
    }

    public void zoomOut() {
        if (getSkin() instanceof MapSkin skin) {
            skin.zoomBy(0.5);
        }
    }

    /** Asks where to save the map as drawn now, as a PNG image, and saves it there. */
    public void saveAsPng() {
        if (getSkin() instanceof MapSkin skin) {
            skin.saveAsPng();
        }
    }

    /** Where a longitude and latitude are drawn now, in this control's coordinates; empty before the first frame. */
    public Optional<Point2D> locate(double lon, double lat) {
        return getSkin() instanceof MapSkin skin ? skin.locate(lon, lat) : Optional.empty();
    }

    /**
     * Where a country's events and flows are drawn (its anchor), in this control's coordinates; empty when
     * the map has no such country.
     */
    public Optional<Point2D> locateCountry(String code) {
        return getSkin() instanceof MapSkin skin ? skin.locateCountry(code) : Optional.empty();
    }

    public ObjectProperty<MapShading> shadingProperty() {
        return shading;
    }

    public MapShading getShading() {
        return shading.get();
    }

    public void setShading(MapShading value) {
        shading.set(value);
    }

    /** Whether arcs join the countries of each event's actors. */
    public BooleanProperty showFlowsProperty() {
        return showFlows;
    }

    public boolean isShowFlows() {
        return showFlows.get();
    }

    public void setShowFlows(boolean value) {
        showFlows.set(value);
    }

    /** How many of the heaviest flows are drawn; the selection's are drawn besides. */
    public IntegerProperty maxFlowsProperty() {
        return maxFlows;
    }

    public int getMaxFlows() {
        return maxFlows.get();
    }

    public void setMaxFlows(int value) {
        maxFlows.set(value);
    }
}
