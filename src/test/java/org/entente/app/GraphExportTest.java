package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javax.xml.parsers.DocumentBuilderFactory;
import org.entente.export.GexfFile;
import org.entente.export.GexfWriter;
import org.entente.export.GraphMlWriter;
import org.entente.graph.ActorGraphView;
import org.entente.io.LoadMode;
import org.entente.model.Actor;
import org.entente.network.GraphTimeMode;
import org.entente.network.GroupBy;
import org.entente.query.TimeWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Export ▸ Graph as GEXF and as GraphML, on the seed: the items are there, and a file of the graph on show is written. */
class GraphExportTest extends SeedWindowTest {
    private static final long DAY = 86_400_000L;

    private ActorGraphView graph;

    @Start
    void start(Stage stage) {
        show(stage);
    }

    /** The seed, the graph showing the whole of 2025. */
    @BeforeEach
    void openSeed(FxRobot robot) throws TimeoutException {
        loadSeed(robot);
        graph = robot.lookup(".actor-graph-view").queryAs(ActorGraphView.class);
        robot.interact(() -> {
            graph.setTimeMode(GraphTimeMode.VISIBLE_RANGE);
            state.setWindow(new TimeWindow(LocalDate.of(2025, 1, 1).toEpochDay() * DAY,
                    LocalDate.of(2026, 1, 1).toEpochDay() * DAY));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path export(FxRobot robot, Path file, Exports.GraphWriting writing) throws TimeoutException {
        robot.interact(() -> window.exports().exportGraph(file, writing));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(file));
        return file;
    }

    /** The seed's actors the graph draws now. */
    private Set<String> actorsDrawn(FxRobot robot) {
        Set<String> drawn = new TreeSet<>();
        robot.interact(() -> {
            for (Actor actor : state.getDataset().dataset().actors()) {
                graph.locateActor(actor.id()).ifPresent(at -> drawn.add(actor.id()));
            }
        });
        return drawn;
    }

    @Test
    void theExportMenuOffersTheGraphForGephiAndAsGraphMlBesideItsPng(FxRobot robot) {
        Menu export = (Menu) TestWindows.menuItem(robot, "Export");
        List<String> items = export.getItems().stream().map(MenuItem::getText).toList();
        int png = items.indexOf("Graph as PNG\u2026");
        assertTrue(png >= 0, items.toString());
        assertEquals("Graph as GEXF (Gephi)\u2026", items.get(png + 1));
        assertEquals("Graph as GraphML\u2026", items.get(png + 2));
    }

    @Test
    void theGexfHoldsTheActorsTheGraphShowsWithinItsLimits(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> graph.setLimits(graph.getLimits().withMaxActors(5)));
        GexfFile gexf = GexfFile.read(export(robot, dir.resolve("graph.gexf"), GexfWriter::write));

        assertEquals(5, gexf.nodes().size(), "the five busiest actors, as the graph shows them");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> actorsDrawn(robot).equals(new TreeSet<>(gexf.nodes().keySet())));
        assertTrue(gexf.description().contains("2025-01-01T00:00:00Z to 2026-01-01T00:00:00Z"), gexf.description());
        for (GexfFile.Item edge : gexf.edges()) {
            assertTrue(gexf.nodes().containsKey(edge.xml().get("source")) && gexf.nodes().containsKey(edge.xml().get("target")));
            assertTrue(!edge.spells().isEmpty() && Double.parseDouble(edge.xml().get("weight")) > 0);
        }
    }

    @Test
    void aGraphGroupedByCountryExportsItsCountries(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> graph.setGroupBy(GroupBy.COUNTRY));
        GexfFile gexf = GexfFile.read(export(robot, dir.resolve("countries.gexf"), GexfWriter::write));

        assertTrue(gexf.nodes().keySet().containsAll(Set.of("country:CHN", "country:PRK", "country:RUS")),
                gexf.nodes().keySet().toString());
        assertEquals("true", gexf.nodes().get("country:CHN").values().get("group"));
        assertTrue(gexf.description().contains("grouped by country"), gexf.description());
    }

    @Test
    void theGraphMlIsWrittenAndParses(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = export(robot, dir.resolve("graph.graphml"), GraphMlWriter::write);
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());

        assertEquals("graphml", document.getDocumentElement().getTagName());
        assertTrue(document.getElementsByTagName("node").getLength() > 0);
        assertTrue(document.getElementsByTagName("edge").getLength() > 0);
    }

    /** On a copy of the seed, so that a broken guard spoils nothing but the copy. */
    @Test
    void nothingIsWrittenOverTheFileTheDatasetCameFrom(FxRobot robot, @TempDir Path dir) throws Exception {
        Path input = Files.copy(SEED, dir.resolve("seed.json"));
        TestWindows.load(robot, window, state, LoadTask.file(input), LoadMode.STRICT);
        byte[] before = Files.readAllBytes(input);
        robot.interact(() -> window.exports().exportGraph(input, GexfWriter::write));
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertArrayEquals(before, Files.readAllBytes(input), "the file the dataset came from is untouched");
        assertTrue(robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .anyMatch(pane -> pane.getContentText().contains("never writes to the file")), "and the user is told why");
        robot.interact(() -> robot.lookup(".dialog-pane").queryAll().forEach(pane -> pane.getScene().getWindow().hide()));
    }
}
