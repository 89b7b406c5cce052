package org.entente.detail;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.entente.claims.ClaimText;
import org.entente.model.Dataset;
import org.entente.model.DatasetStats;
import org.entente.model.Extras;
import org.entente.model.Source;
import org.entente.state.StoreLens;

/**
 * With nothing selected: the dataset itself, what it holds, its sources with their grades, then its
 * description. Over a store, each move of the window brings other records, which change only the sources
 * cited: the section keeps its nodes and shows them in its rows ({@link #update}), where building it anew
 * took 30 to 35 ms of layout each time and sent the reader back to its top.
 */
final class DatasetSection {
    /**
     * The most sources given a line each, with a link to open and a grade beneath. A feed's export cites
     * a source per event, and a line each would take the UI thread a tenth of a second for a hundred (and
     * seconds for tens of thousands) each time a store's records arrive: more are listed in rows drawn
     * only where they are in view.
     */
    static final int LINES = 12;

    private final VBox box;
    private final Shape shape;
    /** "N sources cited by the events fetched from the store", when the section says it. */
    private final Label cited;
    /** The sources in rows, when there are more than {@link #LINES}. */
    private final ListView<Source> rows;

    /** What the section's nodes are made from, besides the sources cited: while it stays, so do they. */
    private record Shape(String title, String description, Extras extras, DatasetStats stats, boolean store,
                         boolean graded, boolean cited, boolean inRows, String publisher) {
        static Shape of(DetailContext context) {
            Dataset d = context.dataset();
            DatasetStats stats = context.indexed().stats();
            return new Shape(d.title(), d.description(), d.extras(), stats, context.state().getStore() != null,
                    d.sources().stream().anyMatch(source -> source.reliability() != null),
                    stats.sources() > d.sources().size() && !d.sources().isEmpty(), d.sources().size() > LINES,
                    sharedPublisher(d.sources()));
        }

        /**
         * The publisher of every one of several sources, null when they have different ones or any has none.
         * The Office of the Historian's sixteen files read "Visits by foreign leaders to the United S… the
         * Historian, U.S. Department of State" on every row, the publisher taking the room of the file's name.
         */
        private static String sharedPublisher(List<Source> sources) {
            String shared = sources.size() < 2 ? null : sources.get(0).publisher();
            for (Source source : sources) {
                if (shared == null || !shared.equals(source.publisher())) {
                    return null;
                }
            }
            return shared;
        }
    }

    private DatasetSection(VBox box, Shape shape, Label cited, ListView<Source> rows) {
        this.box = box;
        this.shape = shape;
        this.cited = cited;
        this.rows = rows;
    }

    static DatasetSection of(DetailContext context) {
        Dataset d = context.dataset();
        Shape shape = Shape.of(context);
        VBox box = Blocks.section(Blocks.title(d.title() == null ? "Untitled dataset" : d.title()));
        box.getStyleClass().add("dataset-detail");
        DatasetStats stats = shape.stats();
        box.getChildren().add(Blocks.facts(new String[][] {
            {"Time", stats.extent()},
            {"Events", stats.events() + " (" + stats.ranged() + " ranged, " + stats.imprecise() + " imprecise or uncertain, "
                    + stats.openEnded() + " open-ended)"},
            {"Actors", Integer.toString(stats.actors())},
            {"Relations", Integer.toString(stats.relations())},
            {"Citations", Integer.toString(stats.citations())}}));
        box.getChildren().add(Blocks.muted("Select an event on the timeline, or an actor or a link in the graph, to see what lies behind it."));
        if (shape.store()) {
            box.getChildren().add(Blocks.muted(String.format(Locale.ROOT, "Held in a store, too large for memory: the"
                    + " views fetch the events of the window one by one when it holds %,d or fewer, and draw the"
                    + " store's counts when it holds more. Search finds actors, tags and words of event titles;"
                    + " summaries and quotes are not searched in a store.", StoreLens.LIMIT)));
        }
        box.getChildren().add(Blocks.heading(DetailText.plural(stats.sources(), "source")));
        Label cited = null;
        if (shape.cited()) {
            cited = Blocks.muted(citedText(d.sources()));
            box.getChildren().add(cited);
        }
        // A feed's export grades none of its sources: said once, rather than "reliability not graded" on each
        // of hundreds of rows, where it took the room their titles need.
        if (!shape.graded() && !d.sources().isEmpty()) {
            box.getChildren().add(Blocks.muted("None is graded for reliability."));
        }
        boolean publishers = shape.publisher() == null;
        if (!publishers) {
            box.getChildren().add(Blocks.muted("Publisher of all: " + shape.publisher() + "."));
        }
        ListView<Source> rows = null;
        if (shape.inRows()) {
            rows = Blocks.rows(d.sources(), source -> row(source, shape.graded(), publishers), source -> open(source, context));
            box.getChildren().add(Blocks.styled(rows, "detail-sources"));
        } else {
            for (Source source : d.sources()) {
                box.getChildren().add(SourceBlock.line(source, source.id(), context, publishers));
                if (shape.graded()) {
                    box.getChildren().add(Blocks.muted("reliability " + ClaimText.reliability(source.reliability())));
                }
            }
        }
        if (d.description() != null) {
            box.getChildren().addAll(Blocks.heading("About this dataset"), Blocks.text(d.description()));
        }
        box.getChildren().addAll(ExtrasBlock.of(d.extras().fields()));
        return new DatasetSection(box, shape, cited, rows);
    }

    Node node() {
        return box;
    }

    /**
     * Shows the sources of other records in place, when nothing else the section shows differs and they are
     * listed in rows; false when it must be built anew.
     */
    boolean update(DetailContext context) {
        if (rows == null || !shape.equals(Shape.of(context))) {
            return false;
        }
        List<Source> sources = context.dataset().sources();
        rows.getItems().setAll(sources);
        if (cited != null) {
            cited.setText(citedText(sources));
        }
        return true;
    }

    private static String citedText(List<Source> sources) {
        return DetailText.plural(sources.size(), "source") + " cited by the events fetched from the store:";
    }

    /**
     * A source in a row: what it is (its publisher when the sources have different ones), its grade when any
     * source is graded, and an arrow when picking it opens its web address.
     */
    private static String row(Source source, boolean graded, boolean publisher) {
        return ClaimText.source(source, publisher) + (graded ? " \u00B7 reliability " + ClaimText.reliability(source.reliability()) : "")
                + (SourceBlock.isWebAddress(source.url()) ? "  \u2197" : "");
    }

    private static void open(Source source, DetailContext context) {
        if (SourceBlock.isWebAddress(source.url())) {
            context.openLink().accept(source.url());
        }
    }
}
