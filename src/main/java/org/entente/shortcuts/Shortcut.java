package org.entente.shortcuts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every key and gesture the app answers to, defined once: the menus take their accelerators from here,
 * the views' input handlers ask {@link #matches(KeyEvent)}, the tooltips name the keys through
 * {@link #tooltip(String)}, and Help ▸ Keyboard shortcuts lists the whole table. A gesture (a wheel, a
 * drag) has no key combination and is only listed.
 */
public enum Shortcut {
    OPEN(Area.EVERYWHERE, "Ctrl+O", "Open a dataset or a workspace", shortcut(KeyCode.O)),
    NEW_WORKSPACE(Area.EVERYWHERE, "Ctrl+N", "Start a new workspace on the bundled dataset", shortcut(KeyCode.N)),
    SAVE_WORKSPACE(Area.EVERYWHERE, "Ctrl+S", "Save the workspace", shortcut(KeyCode.S)),
    SAVE_WORKSPACE_AS(Area.EVERYWHERE, "Ctrl+Shift+S", "Save the workspace as a new file", shortcutShift(KeyCode.S)),
    SEARCH(Area.EVERYWHERE, "Ctrl+F", "Search actors, events and tags", shortcut(KeyCode.F)),
    BACK(Area.EVERYWHERE, "Alt+Left", "Back through the selection history", alt(KeyCode.LEFT)),
    FORWARD(Area.EVERYWHERE, "Alt+Right", "Forward through the selection history", alt(KeyCode.RIGHT)),
    FILTERS(Area.EVERYWHERE, "Ctrl+Shift+F", "Show or hide the filters", shortcutShift(KeyCode.F)),
    CLEAR_FILTERS(Area.EVERYWHERE, "Ctrl+Shift+X", "Clear all filters", shortcutShift(KeyCode.X)),
    EXPORT_DATASET(Area.EVERYWHERE, "Ctrl+E", "Export the filtered dataset as entente/1 JSON", shortcut(KeyCode.E)),
    EXPORT_CSV(Area.EVERYWHERE, "Ctrl+Shift+E", "Export the filtered events as CSV", shortcutShift(KeyCode.E)),
    SAVE_WINDOW_PNG(Area.EVERYWHERE, "Ctrl+P", "Save the window as PNG", shortcut(KeyCode.P)),
    SHOW_GRAPH(Area.EVERYWHERE, "Ctrl+1", "Show the actor graph", shortcut(KeyCode.DIGIT1)),
    SHOW_MAP(Area.EVERYWHERE, "Ctrl+2", "Show the map", shortcut(KeyCode.DIGIT2)),
    SHOW_GRAPH_AND_MAP(Area.EVERYWHERE, "Ctrl+3", "Show the graph and the map side by side", shortcut(KeyCode.DIGIT3)),
    DARK_THEME(Area.EVERYWHERE, "Ctrl+Shift+D", "Dark theme", shortcutShift(KeyCode.D)),
    SHORTCUTS(Area.EVERYWHERE, "F1", "This list", plain(KeyCode.F1)),
    QUIT(Area.EVERYWHERE, "Ctrl+Q", "Quit", shortcut(KeyCode.Q)),

    TIMELINE_ZOOM(Area.TIMELINE, "Wheel, pinch, + / -", "Zoom around the pointer"),
    TIMELINE_ZOOM_IN(Area.TIMELINE, "+", "Zoom in", zoomIn()),
    TIMELINE_ZOOM_OUT(Area.TIMELINE, "-", "Zoom out", zoomOut()),
    TIMELINE_PAN(Area.TIMELINE, "Drag, Shift+wheel, Shift+Left/Right", "Pan",
            shift(KeyCode.LEFT), shift(KeyCode.RIGHT)),
    TIMELINE_SCRUB(Area.TIMELINE, "Drag on the axis", "Scrub the cursor"),
    TIMELINE_PREVIOUS_EVENT(Area.TIMELINE, ",", "Cursor to the previous event", plain(KeyCode.COMMA)),
    TIMELINE_NEXT_EVENT(Area.TIMELINE, ".", "Cursor to the next event", plain(KeyCode.PERIOD)),
    TIMELINE_PLAY(Area.TIMELINE, "Space", "Play or pause the cursor through time", plain(KeyCode.SPACE)),
    TIMELINE_FOCUS(Area.TIMELINE, "Left / Right, Enter", "Move the focus between events, select the focused one",
            plain(KeyCode.LEFT), plain(KeyCode.RIGHT), plain(KeyCode.ENTER)),
    TIMELINE_FIT_ALL(Area.TIMELINE, "Home", "Show every event", plain(KeyCode.HOME)),
    TIMELINE_ZOOM_TO_SELECTION(Area.TIMELINE, "Z",
            "Show the selected event, or all events of the selected actor or pair", plain(KeyCode.Z)),
    TIMELINE_SCROLL_LANES(Area.TIMELINE, "Up / Down, Alt+wheel", "Scroll the lanes", plain(KeyCode.UP), plain(KeyCode.DOWN)),

    GRAPH_SELECT(Area.GRAPH, "Click a node / an edge", "Select the actor / the pair"),
    GRAPH_EGO(Area.GRAPH, "Double-click a node", "Its ego network"),
    GRAPH_WIDEN(Area.GRAPH, "+", "Widen the ego network by one step (zoom in outside one)", zoomIn()),
    GRAPH_NARROW(Area.GRAPH, "-", "Narrow the ego network by one step (zoom out outside one)", zoomOut()),
    GRAPH_LEAVE_EGO(Area.GRAPH, "Esc", "Show the whole graph again", plain(KeyCode.ESCAPE)),
    GRAPH_DRAG(Area.GRAPH, "Drag a node", "Move and pin it (right-click to unpin)"),
    GRAPH_PAN(Area.GRAPH, "Drag, arrows", "Pan", plain(KeyCode.LEFT), plain(KeyCode.RIGHT), plain(KeyCode.UP),
            plain(KeyCode.DOWN)),
    GRAPH_ZOOM(Area.GRAPH, "Wheel, pinch", "Zoom around the pointer"),
    GRAPH_FIT(Area.GRAPH, "F", "Show the whole graph", plain(KeyCode.F)),
    GRAPH_RELAYOUT(Area.GRAPH, "R", "Lay the graph out afresh; pinned nodes stay", plain(KeyCode.R)),
    GRAPH_MEMBERSHIPS(Area.GRAPH, "M", "Show memberships (a minister in a government) as dotted edges",
            plain(KeyCode.M)),
    GRAPH_FIND(Area.GRAPH, "/", "Find an actor by name or alias", plain(KeyCode.SLASH)),

    MAP_SELECT(Area.MAP, "Click a point / a country", "Select the event / the country's state (or filter by the country)"),
    MAP_BIN(Area.MAP, "Click a number", "List the events it counts"),
    MAP_ZOOM(Area.MAP, "Wheel, pinch", "Zoom around the pointer"),
    MAP_ZOOM_IN(Area.MAP, "+", "Zoom in", zoomIn()),
    MAP_ZOOM_OUT(Area.MAP, "-", "Zoom out", zoomOut()),
    MAP_PAN(Area.MAP, "Drag, arrows", "Pan", plain(KeyCode.LEFT), plain(KeyCode.RIGHT), plain(KeyCode.UP),
            plain(KeyCode.DOWN)),
    MAP_FIT(Area.MAP, "F", "Show every place of the time on show", plain(KeyCode.F)),
    MAP_WORLD(Area.MAP, "0", "Show the whole world", plain(KeyCode.DIGIT0), plain(KeyCode.NUMPAD0)),

    DETAILS_LINK(Area.DETAILS, "Click a link", "Go to that event, actor or pair"),
    DETAILS_LIST(Area.DETAILS, "Enter in a list", "Go to the event");

    /** Where a shortcut works. */
    public enum Area {
        EVERYWHERE, TIMELINE, GRAPH, MAP, DETAILS;

        /** "Everywhere", "Timeline": the name as the shortcuts dialog shows it. */
        @Override
        public String toString() {
            return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
        }
    }

    private final Area area;
    private final String keys;
    private final String description;
    private final List<KeyCombination> combinations;

    Shortcut(Area area, String keys, String description, KeyCombination... combinations) {
        this.area = area;
        this.keys = keys;
        this.description = description;
        this.combinations = List.of(combinations);
    }

    public Area area() {
        return area;
    }

    /** The keys or gesture as a person reads them: "Ctrl+Shift+F", "Drag on the axis". */
    public String keys() {
        return keys;
    }

    public String description() {
        return description;
    }

    /** The key combination a menu item shows as its accelerator: the first one. */
    public KeyCombination accelerator() {
        return combinations.isEmpty() ? null : combinations.get(0);
    }

    /** Every key combination that triggers it. */
    List<KeyCombination> combinations() {
        return combinations;
    }

    /** Whether a key press is this shortcut. */
    public boolean matches(KeyEvent event) {
        for (KeyCombination combination : combinations) {
            if (combination.match(event)) {
                return true;
            }
        }
        return false;
    }

    /** A tooltip that says what a control does, then its keys: "Show the whole graph (F)". */
    public Tooltip tooltip(String what) {
        return new Tooltip(what + " (" + keys + ")");
    }

    /** The same, in this shortcut's own words. */
    public Tooltip tooltip() {
        return tooltip(description);
    }

    /** Every shortcut of an area, in the order of the table. */
    public static List<Shortcut> of(Area area) {
        return Arrays.stream(values()).filter(s -> s.area == area).toList();
    }

    private static KeyCombination plain(KeyCode code) {
        return new KeyCodeCombination(code);
    }

    private static KeyCombination shift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHIFT_DOWN);
    }

    private static KeyCombination alt(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.ALT_DOWN);
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination shortcutShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }

    /** "+" is Shift+= on many keyboards, so shift may be up or down; the keypad's + too. */
    private static KeyCombination[] zoomIn() {
        return new KeyCombination[] {new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHIFT_ANY),
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHIFT_ANY), plain(KeyCode.ADD)};
    }

    /** "-" from the main keys or the keypad. */
    private static KeyCombination[] zoomOut() {
        return new KeyCombination[] {plain(KeyCode.MINUS), plain(KeyCode.SUBTRACT)};
    }
}
