package org.entente.graph;

import java.util.Locale;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Control;
import javafx.scene.layout.FlowPane;
import org.entente.query.Comparison;
import org.entente.state.ViewState;
import org.entente.view.CompareMenu;

/**
 * The strip above the graph while two periods are compared: which periods, tagged A and B in the
 * timeline's colours, how many ties the comparison found, and links to change the dates, swap the
 * periods or stop comparing. With only A chosen so far it says how to choose B. It wraps onto a second
 * row rather than cut a date short when the graph is narrow.
 */
final class CompareBar extends FlowPane {
    private final Label tagA = tag("A", "compare-tag-a");
    private final Label periodA = new Label();
    private final Label with = new Label("with");
    private final Label tagB = tag("B", "compare-tag-b");
    private final Label periodB = new Label();
    private final Label summary = new Label();
    private final Hyperlink swap = new Hyperlink("Swap A and B");

    CompareBar(ViewState state) {
        getStyleClass().add("compare-bar");
        periodA.getStyleClass().add("compare-period-a");
        periodB.getStyleClass().add("compare-period-b");
        summary.getStyleClass().add("compare-summary");
        Hyperlink dates = new Hyperlink("Change dates\u2026");
        dates.setOnAction(e -> CompareMenu.chooseDates(state, getScene().getWindow()));
        swap.setOnAction(e -> state.setComparison(state.getComparison().swapped()));
        Hyperlink stop = new Hyperlink("Stop comparing");
        stop.getStyleClass().add("compare-stop");
        stop.setOnAction(e -> state.setComparison(null));
        getChildren().addAll(new Label("Comparing"), tagA, periodA, with, tagB, periodB, summary, dates, swap, stop);
        for (var node : getChildren()) {
            node.setFocusTraversable(false);
            ((Control) node).setMinWidth(Control.USE_PREF_SIZE);
        }
        setVisible(false);
        setManaged(false);
    }

    private static Label tag(String text, String styleClass) {
        Label tag = new Label(text);
        tag.getStyleClass().addAll("compare-tag", styleClass);
        return tag;
    }

    /** Shows the periods compared, or hides the strip when there are none. */
    void show(Comparison periods) {
        setVisible(periods != null);
        if (periods == null) {
            return;
        }
        periodA.setText(periods.a() == null ? "not set" : Comparison.days(periods.a()));
        periodB.setText(periods.b() == null ? "not set" : Comparison.days(periods.b()));
        swap.setVisible(periods.isComplete());
        summary.setText(periods.isComplete() ? "\u00B7 working it out\u2026"
                : "\u00B7 set " + (periods.a() == null ? "A" : "B") + " from the timeline\u2019s Compare menu");
    }

    /** The graph is drawn from a store's counts, of its own time alone: two periods are compared over events held. */
    void countsOnly() {
        summary.setText("\u00B7 compared once the events of the graph's time are fetched: zoom in");
    }

    /** The comparison is ready: how many ties it holds. */
    void found(int ties) {
        summary.setText(String.format(Locale.ROOT, "\u00B7 %,d tie%s in either period", ties, ties == 1 ? "" : "s"));
    }
}
