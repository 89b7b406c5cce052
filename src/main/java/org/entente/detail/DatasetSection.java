package org.entente.detail;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.entente.claims.ClaimText;
import org.entente.model.Dataset;
import org.entente.model.DatasetStats;
import org.entente.model.Source;
import org.entente.state.StoreLens;

/** With nothing selected: the dataset itself, what it holds, its first sources with their grades, then its description. */
final class DatasetSection {
    /**
     * The sources listed at most: a feed's export cites a source per event, and tens of thousands of
     * lines would take the UI thread seconds to build each time a store's records arrive, for a list no
     * one reads that far.
     */
    static final int LISTED = 100;

    private DatasetSection() {
    }

    static Node of(DetailContext context) {
        Dataset d = context.dataset();
        VBox box = Blocks.section(Blocks.title(d.title() == null ? "Untitled dataset" : d.title()));
        box.getStyleClass().add("dataset-detail");
        DatasetStats stats = context.indexed().stats();
        box.getChildren().add(Blocks.facts(new String[][] {
            {"Time", stats.extent()},
            {"Events", stats.events() + " (" + stats.ranged() + " ranged, " + stats.imprecise() + " imprecise or uncertain, "
                    + stats.openEnded() + " open-ended)"},
            {"Actors", Integer.toString(stats.actors())},
            {"Relations", Integer.toString(stats.relations())},
            {"Citations", Integer.toString(stats.citations())}}));
        box.getChildren().add(Blocks.muted("Select an event on the timeline, or an actor or a link in the graph, to see what lies behind it."));
        if (context.state().getStore() != null) {
            box.getChildren().add(Blocks.muted(String.format(Locale.ROOT, "Held in a store, too large for memory: the"
                    + " views fetch the events of the window one by one when it holds %,d or fewer, and draw the"
                    + " store's counts when it holds more. Search finds actors, tags and words of event titles;"
                    + " summaries and quotes are not searched in a store.", StoreLens.LIMIT)));
        }
        box.getChildren().add(Blocks.heading(DetailText.plural(stats.sources(), "source")));
        if (stats.sources() > d.sources().size() && !d.sources().isEmpty()) {
            box.getChildren().add(Blocks.muted(DetailText.plural(d.sources().size(), "source") + " cited by the events"
                    + " fetched from the store:"));
        }
        for (Source source : d.sources().subList(0, Math.min(LISTED, d.sources().size()))) {
            box.getChildren().add(SourceBlock.line(source, source.id(), context));
            box.getChildren().add(Blocks.muted("reliability " + ClaimText.reliability(source.reliability())));
        }
        if (d.sources().size() > LISTED) {
            box.getChildren().add(Blocks.muted(String.format(Locale.ROOT, "and %,d more: an event's details show the"
                    + " sources it cites", d.sources().size() - LISTED)));
        }
        if (d.description() != null) {
            box.getChildren().addAll(Blocks.heading("About this dataset"), Blocks.text(d.description()));
        }
        box.getChildren().addAll(ExtrasBlock.of(d.extras().fields()));
        return box;
    }
}
