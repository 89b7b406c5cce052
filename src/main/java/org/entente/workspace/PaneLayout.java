package org.entente.workspace;

import java.util.List;

/**
 * How the window is laid out: the dividers (fractions of their pane, NaN where a pane has none to show),
 * which of graph and map are shown, the side tab on show, whether the filters' panel is open, and the theme.
 */
public record PaneLayout(double views, double lower, double graphAndMap, String shown, String sideTab, boolean filters,
                         boolean dark) {
    /** What {@code shown} may say: the graph, the map or both. */
    public static final List<String> SHOWN = List.of("GRAPH", "MAP", "BOTH");
    /** What {@code sideTab} may say. */
    public static final List<String> SIDE_TABS = List.of("Details", "Events");
}
