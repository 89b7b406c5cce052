package org.entente.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import org.entente.briefing.Briefing;
import org.entente.briefing.BriefingWriter;
import org.entente.export.DatasetWriter;
import org.entente.export.EventCsvWriter;
import org.entente.export.GexfWriter;
import org.entente.export.GraphMlWriter;
import org.entente.image.PngExport;
import org.entente.index.IndexedDataset;
import org.entente.network.ShownGraph;
import org.entente.query.Filter;
import org.entente.state.ViewState;
import org.entente.work.Workers;

/**
 * File ▸ Export: the filtered dataset as entente/1 JSON, the filtered events as CSV, the graph on show as
 * GEXF (for Gephi) or GraphML, a briefing as one HTML page, and the window or one view as PNG. Files are written in the background and
 * atomically; the save dialog asks before it replaces a file, and the file the dataset was opened from is
 * never written.
 */
final class Exports {
    private static final ExecutorService WRITER = Workers.single("entente-export");

    private final MainWindow window;
    private final ViewState state;

    Exports(MainWindow window, ViewState state) {
        this.window = window;
        this.state = state;
    }

    private interface Writing {
        void write(IndexedDataset dataset, Filter filter, Path target) throws IOException;
    }

    void exportDataset() {
        export("Export the filtered dataset", "entente/1 datasets (*.json)", "json",
                (dataset, filter, target) -> DatasetWriter.write(dataset.dataset(), filter, target));
    }

    void exportCsv() {
        export("Export the filtered events as CSV", "CSV files (*.csv)", "csv",
                (dataset, filter, target) -> EventCsvWriter.write(dataset.dataset(), filter, target));
    }

    /** Writes the graph on show to a file. */
    interface GraphWriting {
        void write(ShownGraph graph, Path target) throws IOException;
    }

    void exportGexf() {
        exportGraph("Export the graph on show for Gephi", "GEXF 1.3 graphs (*.gexf)", "gexf", GexfWriter::write);
    }

    void exportGraphMl() {
        exportGraph("Export the graph on show as GraphML", "GraphML graphs (*.graphml)", "graphml", GraphMlWriter::write);
    }

    /** The graph as it is when the user asks, whatever moves while the dialog is open. */
    private void exportGraph(String title, String description, String extension, GraphWriting writing) {
        Supplier<ShownGraph> graph = graphOnShow();
        String name = (state.getDataset() == null ? "actor" : baseName(state.getDataset())) + "-graph." + extension;
        Path target = graph == null ? null : choose(title, description, extension, name);
        if (target != null) {
            write(state.getDataset(), state.getFilter(), target, (dataset, filter, path) -> writing.write(graph.get(), path));
        }
    }

    /** Writes the graph on show in the background; tests call this directly, without the dialog. */
    void exportGraph(Path target, GraphWriting writing) {
        Supplier<ShownGraph> graph = graphOnShow();
        if (graph != null) {
            write(state.getDataset(), state.getFilter(), target, (dataset, filter, path) -> writing.write(graph.get(), path));
        }
    }

    /** What builds the graph on show, or null, having said why, when it shows nothing to export. */
    private Supplier<ShownGraph> graphOnShow() {
        Supplier<ShownGraph> graph = window.graph().graphOnShow().orElse(null);
        if (graph == null && state.getComparison() != null) {
            fail("The graph compares two periods: its edges are changes, not ties of one time. Stop comparing to export it.");
        } else if (graph == null) {
            fail("The graph shows nothing to export in this time.");
        }
        return graph;
    }

    private void export(String title, String description, String extension, Writing writing) {
        IndexedDataset dataset = state.getDataset();
        if (dataset == null) {
            return;
        }
        Path target = choose(title, description, extension, baseName(dataset) + "." + extension);
        if (target != null) {
            write(dataset, state.getFilter(), target, writing);
        }
    }

    /** Writes in the background; tests call this directly, without the dialog. */
    void write(IndexedDataset dataset, Filter filter, Path target, Writing writing) {
        if (isInput(target)) {
            fail("Entente never writes to the file a dataset was opened from. Choose another name.");
            return;
        }
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws IOException {
                writing.write(dataset, filter, target);
                return target;
            }
        };
        task.setOnSucceeded(e -> window.say("Exported to " + target));
        task.setOnFailed(e -> fail("Could not write " + target + ": " + task.getException().getMessage()));
        WRITER.execute(task);
    }

    void exportDataset(Path target) {
        write(state.getDataset(), state.getFilter(), target,
                (dataset, filter, path) -> DatasetWriter.write(dataset.dataset(), filter, path));
    }

    void exportBriefing() {
        IndexedDataset dataset = state.getDataset();
        if (dataset == null) {
            fail("A briefing is written from a dataset open in memory; a store's events are not all at hand.");
            return;
        }
        Path target = choose("Export a briefing", "HTML pages (*.html)", "html", baseName(dataset) + "-briefing.html");
        if (target != null) {
            exportBriefing(target);
        }
    }

    /** Writes a briefing of what is on show now in the background; tests call this directly, without the dialog. */
    void exportBriefing(Path target) {
        Supplier<Briefing> briefing = BriefingExport.gather(window, state);
        write(state.getDataset(), state.getFilter(), target, (dataset, filter, path) -> BriefingWriter.write(briefing.get(), path));
    }

    void savePng(Node node, String name) {
        PngExport.chooseAndSave(node, "Save as PNG", name, path -> window.say("Saved " + path));
    }

    private Path choose(String title, String description, String extension, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        File file = chooser.showSaveDialog(window.owner());
        return file == null ? null : file.toPath();
    }

    private boolean isInput(Path target) {
        Path input = window.loadedFileProperty().get();
        try {
            return input != null && Files.exists(target) && Files.isSameFile(input, target);
        } catch (IOException e) {
            return false;
        }
    }

    private String baseName(IndexedDataset dataset) {
        String title = dataset.dataset().title() == null ? "dataset" : dataset.dataset().title();
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        slug = slug.isEmpty() ? "dataset" : slug.substring(0, Math.min(40, slug.length()));
        return state.getFilter().isEmpty() ? slug : slug + "-filtered";
    }

    private void fail(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(window.owner());
        alert.setHeaderText("Export failed");
        alert.show();
    }
}
