package org.entente.graph;

import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import org.entente.index.IndexedDataset;
import org.entente.network.Analysis;
import org.entente.network.GraphScene;
import org.entente.network.PeriodComparison;
import org.entente.network.layout.ForceLayout;
import org.entente.query.Comparison;
import org.entente.query.Filter;
import org.entente.work.LatestJob;
import org.entente.work.Workers;

/**
 * The graph's work that may not fit in a frame: building the working data for a dataset and filter,
 * analysing the scene a moment after it changes, laying out afresh, and comparing two periods. Small inputs are done at once,
 * large ones on the graph's worker thread; a newer request of a kind cancels the older, a result for a
 * scene or layout that has moved on is dropped, and {@link #cancel()} drops everything in flight.
 */
final class GraphJobs {
    /** Datasets up to this many events get their pair index built at once; larger ones in the background. */
    private static final int SYNC_LIMIT = 50_000;
    private static final Duration ANALYSIS_DELAY = Duration.millis(250);
    private static final ExecutorService WORKER = Workers.single("entente-graph");

    private final LiveGraph graph;
    private final PauseTransition analysisDelay = new PauseTransition(ANALYSIS_DELAY);
    private final LatestJob<GraphData> building = new LatestJob<>(WORKER, Platform::runLater);
    private final LatestJob<Analysis> analysing = new LatestJob<>(WORKER, Platform::runLater);
    private final LatestJob<ForceLayout> layingOut = new LatestJob<>(WORKER, Platform::runLater);
    private final LatestJob<PeriodComparison> comparing = new LatestJob<>(WORKER, Platform::runLater);

    GraphJobs(LiveGraph graph) {
        this.graph = graph;
    }

    /**
     * Builds the working data for a dataset and filter and hands it over; returns false when that
     * happens later, in the background.
     */
    boolean build(IndexedDataset dataset, Filter filter, Consumer<GraphData> onBuilt) {
        building.cancel();
        analysing.cancel();
        if (dataset.dataset().events().size() <= SYNC_LIMIT) {
            onBuilt.accept(GraphData.build(dataset, filter));
            return true;
        }
        building.run(cancelled -> GraphData.build(dataset, filter), onBuilt);
        return false;
    }

    /**
     * Analyses the scene on show a moment after it changes; the analysis reaches {@code onAnalysed}. While
     * scenes keep changing (scrubbing, Play) the moment is not put off again, so the analysis, and the
     * list of most connected actors, keep up at a few updates a second instead of waiting for a pause.
     */
    void analyseSoon(Consumer<Analysis> onAnalysed) {
        analysisDelay.setOnFinished(e -> analyse(onAnalysed));
        if (analysisDelay.getStatus() != Animation.Status.RUNNING) {
            analysisDelay.playFromStart();
        }
    }

    private void analyse(Consumer<Analysis> onAnalysed) {
        if (!graph.hasData()) {
            return;
        }
        GraphScene scene = graph.scene();
        int version = graph.sceneVersion();
        GraphData analysed = graph.data();
        analysing.run(cancelled -> scene.analyse(), analysis -> {
            if (graph.adoptAnalysis(analysed, version, analysis)) {
                onAnalysed.accept(analysis);
            }
        });
    }

    /** Lays the graph out afresh, at once for small graphs, else in the background; {@code onLaidOut} hears when it is done. */
    void relayout(Runnable onLaidOut) {
        if (!graph.hasData()) {
            return;
        }
        if (graph.relayoutsAtOnce()) {
            graph.relayoutNow();
            onLaidOut.run();
            return;
        }
        ForceLayout source = graph.layout();
        ForceLayout copy = graph.layoutCopy();
        layingOut.run(cancelled -> {
            copy.relayout();
            return copy;
        }, computed -> {
            if (graph.adoptLayout(source, computed)) {
                onLaidOut.run();
            }
        });
    }

    /**
     * Compares two periods over the working data on show and hands the result over; returns false when
     * that happens later, in the background. A result for data that has since been replaced is dropped.
     */
    boolean compare(IndexedDataset dataset, Comparison periods, boolean relations, Consumer<PeriodComparison> onCompared) {
        comparing.cancel();
        GraphData data = graph.data();
        if (dataset.dataset().events().size() <= SYNC_LIMIT) {
            onCompared.accept(PeriodComparison.of(data.pairs(), dataset.time(), periods.a(), periods.b(), relations));
            return true;
        }
        comparing.run(cancelled -> PeriodComparison.of(data.pairs(), dataset.time(), periods.a(), periods.b(), relations),
                result -> {
                    if (graph.data() == data) {
                        onCompared.accept(result);
                    }
                });
        return false;
    }

    /** Drops a comparison in flight: the periods changed, or comparing stopped. */
    void cancelComparing() {
        comparing.cancel();
    }

    /** Drops everything in flight: a new dataset, or the skin is disposed. */
    void cancel() {
        comparing.cancel();
        analysisDelay.stop();
        building.cancel();
        analysing.cancel();
        layingOut.cancel();
    }
}
