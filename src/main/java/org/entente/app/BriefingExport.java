package org.entente.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.entente.briefing.Briefing;
import org.entente.briefing.BriefingNotes;
import org.entente.briefing.Figure;
import org.entente.filter.FilterWords;
import org.entente.image.PngExport;
import org.entente.index.IndexedDataset;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.state.ViewState;

/**
 * What File ▸ Export ▸ Briefing writes, gathered on the FX thread when asked: the window, filter, selection
 * and notes as they are, and the views on show as pixels. Only the views on show are pictured: one that is
 * not is out of the scene and draws nothing, and showing it for the picture would move the window's layout
 * under the analyst and catch the graph mid-layout; the briefing says which was not on show instead.
 */
final class BriefingExport {
    private BriefingExport() {
    }

    /** Call on the FX thread; the supplier encodes the pictures, and may run in the background. */
    static Supplier<Briefing> gather(MainWindow window, ViewState state) {
        IndexedDataset data = state.getDataset();
        TimeWindow shown = state.getWindow();
        Filter filter = state.getFilter();
        BriefingScope scope = BriefingScope.of(state.getSelection(), data, shown, filter);
        var notes = BriefingNotes.of(state.getNotes(), data, scope.events().events(), shown);
        ViewChoice views = window.shownViews();
        List<Shot> shots = List.of(new Shot("Timeline", window.timeline(), true),
                new Shot("Actor graph", window.graph(), views != ViewChoice.MAP),
                new Shot("Map", window.map(), views != ViewChoice.GRAPH));
        List<Pixels> pixels = shots.stream().map(s -> new Pixels(s.name(), s.shown() ? PngExport.pixels(s.node()) : null)).toList();
        String filterWords = filter.isEmpty() ? null : FilterWords.sentence(filter);
        return () -> new Briefing(data.dataset(), shown, scope.words(), filterWords, scope.events(), notes, figures(pixels));
    }

    private record Shot(String name, Node node, boolean shown) {
    }

    private record Pixels(String name, BufferedImage image) {
    }

    private static List<Figure> figures(List<Pixels> pixels) {
        List<Figure> figures = new ArrayList<>();
        for (Pixels p : pixels) {
            try {
                figures.add(p.image() == null ? Figure.notShown(p.name()) : new Figure(p.name(), PngExport.encode(p.image())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return figures;
    }
}
