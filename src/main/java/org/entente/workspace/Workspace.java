package org.entente.workspace;

import java.util.List;
import org.entente.network.GraphSpan;
import org.entente.notes.Notes;
import org.entente.network.GraphTimeMode;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.state.Selection;
import org.entente.strata.ColorMode;

/**
 * What an analyst built on a dataset, to reopen where they left off: where the dataset is, the time on show
 * and the cursor, the filter, the selection and its history (back and forward, nearest first), what colours
 * say, which time the graph shows, how graph and map show it, the layout of the panes, and the notes. Never
 * the dataset itself, and never a password.
 */
public record Workspace(DatasetPlace dataset, TimeWindow window, long cursor, Filter filter, Selection selection,
                        List<Selection> back, List<Selection> forward, ColorMode colors, GraphTimeMode graphTime,
                        GraphSpan graphSpan, GraphSettings graph, MapSettings map, PaneLayout layout, Notes notes) {
    /** The format this version writes and reads; a later one says so when this version meets it. */
    public static final String FORMAT = "entente-workspace/1";
    /** The name workspace files end with. */
    public static final String EXTENSION = ".entente-workspace";

    public Workspace {
        back = List.copyOf(back);
        forward = List.copyOf(forward);
    }

    /** The same workspace on a dataset found elsewhere, as when the analyst points to where it moved. */
    public Workspace withDataset(DatasetPlace place) {
        return new Workspace(place, window, cursor, filter, selection, back, forward, colors, graphTime, graphSpan, graph,
                map, layout, notes);
    }
}
