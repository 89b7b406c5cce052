package org.entente.detail;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.entente.claims.ClaimText;
import org.entente.model.Dataset;
import org.entente.model.DatasetStats;
import org.entente.model.Source;
import org.entente.state.StoreLens;

/** With nothing selected: the dataset itself, what it holds, its sources with their grades, then its description. */
final class DatasetSection {
    /**
     * The most sources given a line each, with a link to open and a grade beneath. A feed's export cites
     * a source per event, and a line each would take the UI thread a tenth of a second for a hundred (and
     * seconds for tens of thousands) each time a store's records arrive: more are listed in rows drawn
     * only where they are in view.
     */
    static final int LINES = 12;

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
        // A feed's export grades none of its sources: said once, rather than "reliability not graded" on each
        // of hundreds of rows, where it took the room their titles need.
        boolean graded = d.sources().stream().anyMatch(source -> source.reliability() != null);
        if (!graded && !d.sources().isEmpty()) {
            box.getChildren().add(Blocks.muted("None is graded for reliability."));
        }
        if (d.sources().size() > LINES) {
            box.getChildren().add(Blocks.styled(Blocks.rows(d.sources(), source -> row(source, graded),
                    source -> open(source, context)), "detail-sources"));
        } else {
            for (Source source : d.sources()) {
                box.getChildren().add(SourceBlock.line(source, source.id(), context));
                if (graded) {
                    box.getChildren().add(Blocks.muted("reliability " + ClaimText.reliability(source.reliability())));
                }
            }
        }
        if (d.description() != null) {
            box.getChildren().addAll(Blocks.heading("About this dataset"), Blocks.text(d.description()));
        }
        box.getChildren().addAll(ExtrasBlock.of(d.extras().fields()));
        return box;
    }

    /** A source in a row: what it is, its grade when any source is graded, and an arrow when picking it opens its web address. */
    private static String row(Source source, boolean graded) {
        return ClaimText.source(source) + (graded ? " \u00B7 reliability " + ClaimText.reliability(source.reliability()) : "")
                + (SourceBlock.isWebAddress(source.url()) ? "  \u2197" : "");
    }

    private static void open(Source source, DetailContext context) {
        if (SourceBlock.isWebAddress(source.url())) {
            context.openLink().accept(source.url());
        }
    }
}
