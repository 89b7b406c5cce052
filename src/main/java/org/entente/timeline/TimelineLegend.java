package org.entente.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Rectangle;
import org.entente.lanes.Lanes;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.strata.Strata;

/**
 * The key to the timeline's colours, under its toolbar: each group of the strata with its swatch and
 * its number of events in view. Clicking a group filters the views to it, and clicking it again lifts
 * that filter; groups the dataset has no events of are left out, and a dataset whose events all fall in
 * one group (a TimelineJS story without kinds) has no key to show.
 */
final class TimelineLegend extends FlowPane {
    /** The group the filter narrows the views to. */
    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    /** A group with events in the dataset but none in the window: kept, so the key does not jump as one pans. */
    private static final PseudoClass OUT_OF_VIEW = PseudoClass.getPseudoClass("out-of-view");

    private final IntConsumer picked;
    private final List<Label> entries = new ArrayList<>();
    private Strata strata;

    /** {@code picked} receives the index of the group clicked. */
    TimelineLegend(IntConsumer picked) {
        this.picked = picked;
        getStyleClass().add("timeline-legend");
    }

    /**
     * Shows the groups of the lanes' strata, counted in the window, and marks the one the filter narrows
     * to. Entries are built when the strata change and only relabelled as the window moves. A store's
     * window drawn as counts passes its counts per group ({@code counted}, null when the lanes count): its
     * groups are those of the whole store, and those with none in view are out of view.
     */
    void show(Lanes lanes, TimelinePalette palette, TimeWindow window, Filter filter, int[] counted) {
        Strata shown = lanes.strata();
        if (!shown.equals(strata)) {
            strata = shown;
            build(palette);
        }
        boolean keyed = counted != null ? strata.size() > 1 : shown.sizes().stream().filter(size -> size > 0).count() > 1;
        setVisible(keyed);
        setManaged(keyed);
        for (int g = 0; g < entries.size(); g++) {
            Label entry = entries.get(g);
            int inView = counted != null ? (g < counted.length ? counted[g] : 0)
                    : lanes.groups().get(g).countOverlapping(window.start(), window.end());
            boolean any = counted != null || strata.sizes().get(g) > 0;
            entry.setVisible(any);
            entry.setManaged(any);
            String text = String.format(Locale.ROOT, "%s %,d", strata.group(g).label(), inView);
            // A label given a new string lays the legend out again, even when it reads the same: not every frame.
            if (!text.equals(entry.getText())) {
                entry.setText(text);
            }
            entry.pseudoClassStateChanged(ACTIVE, strata.isFilteredTo(g, filter));
            entry.pseudoClassStateChanged(OUT_OF_VIEW, inView == 0);
        }
    }

    private void build(TimelinePalette palette) {
        entries.clear();
        for (int g = 0; g < strata.size(); g++) {
            Rectangle swatch = new Rectangle(10, 10, palette.group(strata, g));
            Label entry = new Label("", swatch);
            entry.getStyleClass().add("legend-entry");
            int group = g;
            if (strata.filterable(g)) {
                entry.getStyleClass().add("filterable");
                entry.setTooltip(new Tooltip("Show only " + strata.group(g).label() + "; click again to show all"));
                entry.setOnMouseClicked(e -> picked.accept(group));
            }
            entries.add(entry);
        }
        getChildren().setAll(entries);
    }

    /** Colours follow the theme: the swatches are repainted when the palette changes. */
    void recolour(TimelinePalette palette) {
        if (strata != null) {
            for (int g = 0; g < entries.size(); g++) {
                ((Rectangle) entries.get(g).getGraphic()).setFill(palette.group(strata, g));
            }
        }
    }
}
