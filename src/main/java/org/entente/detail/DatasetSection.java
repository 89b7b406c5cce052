package org.entente.detail;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.entente.model.Dataset;
import org.entente.model.DatasetStats;
import org.entente.model.Source;

/** With nothing selected: the dataset itself, what it holds, and its sources with their grades. */
final class DatasetSection {
    private DatasetSection() {
    }

    static Node of(DetailContext context) {
        Dataset d = context.dataset();
        VBox box = Blocks.section(Blocks.title(d.title() == null ? "Untitled dataset" : d.title()));
        box.getStyleClass().add("dataset-detail");
        if (d.description() != null) {
            box.getChildren().add(Blocks.text(d.description()));
        }
        DatasetStats stats = context.indexed().stats();
        box.getChildren().add(Blocks.facts(new String[][] {
            {"Events", stats.events() + " (" + stats.ranged() + " ranged, " + stats.imprecise() + " imprecise or uncertain, "
                    + stats.openEnded() + " open-ended)"},
            {"Actors", Integer.toString(stats.actors())},
            {"Relations", Integer.toString(stats.relations())},
            {"Citations", Integer.toString(stats.citations())},
            {"Time", stats.extent()}}));
        box.getChildren().add(Blocks.muted("Select an event on the timeline, or an actor or a link in the graph, to see what lies behind it."));
        box.getChildren().add(Blocks.heading(DetailText.plural(d.sources().size(), "source")));
        for (Source source : d.sources()) {
            box.getChildren().add(SourceBlock.line(source, source.id(), context));
            box.getChildren().add(Blocks.muted("reliability " + DetailText.reliability(source.reliability())));
        }
        box.getChildren().addAll(ExtrasBlock.of(d.extras().fields()));
        return box;
    }
}
