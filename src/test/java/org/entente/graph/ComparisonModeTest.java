package org.entente.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.entente.index.IndexedDataset;
import org.entente.model.Dataset;
import org.entente.network.GraphSpan;
import org.entente.network.GraphTimeMode;
import org.entente.network.PeriodComparison;
import org.entente.query.Comparison;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.seed.Seed;
import org.entente.state.ViewState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The graph comparing September 2025 (A) with October 2025 (B) on the seed dataset: Li Qiang's visit to
 * Pyongyang brings a tie with Kim Jong Un that September did not have, and Kim Jong Un's September with
 * Xi Jinping has no sequel in October.
 */
@ExtendWith(ApplicationExtension.class)
class ComparisonModeTest {
    private static final long DAY = 86_400_000L;
    private static final TimeWindow SEPTEMBER = month(9);
    private static final TimeWindow OCTOBER = month(10);

    private final ViewState state = new ViewState();
    private ActorGraphView graph;

    private static TimeWindow month(int month) {
        return new TimeWindow(LocalDate.of(2025, month, 1).toEpochDay() * DAY,
                LocalDate.of(2025, month + 1, 1).toEpochDay() * DAY);
    }

    @Start
    void start(Stage stage) {
        graph = new ActorGraphView(state);
        stage.setScene(new Scene(graph, 1100, 720));
        stage.show();
    }

    /** The seed as of 10 October 2025, the graph showing the month around the cursor before any comparison. */
    @BeforeEach
    void showSeed(FxRobot robot) throws IOException {
        Dataset seed = Seed.load();
        robot.interact(() -> {
            state.show(IndexedDataset.of(seed));
            state.setCursor(LocalDate.of(2025, 10, 10).toEpochDay() * DAY);
            graph.setTimeMode(GraphTimeMode.AROUND_CURSOR);
            graph.setSpan(GraphSpan.WEEK);
            skin().settle();
        });
    }

    private GraphSkin skin() {
        return (GraphSkin) graph.getSkin();
    }

    private void compare(FxRobot robot, Comparison periods) {
        robot.interact(() -> state.setComparison(periods));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private PixelReader render(FxRobot robot, Path png) throws IOException {
        return GraphPicture.render(robot, graph, png).getPixelReader();
    }

    /** How many of the points along the middle of the edge between two actors are drawn in a colour's hue. */
    private int pointsInHue(PixelReader pixels, String first, String second, Color colour) {
        double[] edge = skin().locator().edge(first, second);
        assertNotNull(edge, first + " and " + second + " are linked");
        int matching = 0;
        for (double t = 0.3; t <= 0.7; t += 0.02) {
            matching += inHueNear(pixels, edge[0] + t * (edge[2] - edge[0]), edge[1] + t * (edge[3] - edge[1]), colour) ? 1 : 0;
        }
        return matching;
    }

    /** Whether the pixel at (x, y) or one beside it is of the colour's hue: a thin line spreads over two rows. */
    private static boolean inHueNear(PixelReader pixels, double x, double y, Color colour) {
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                Color pixel = pixels.getColor((int) Math.round(x) + dx, (int) Math.round(y) + dy);
                double hueGap = Math.abs(pixel.getHue() - colour.getHue());
                if (pixel.getSaturation() > 0.3 && Math.min(hueGap, 360 - hueGap) < 12) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void compareModeMarksATieThatAppeared(FxRobot robot) throws IOException {
        Color appeared = graph.palette().change(PeriodComparison.Change.APPEARED);
        assertEquals(0, pointsInHue(render(robot, Path.of("target/screenshots/graph-before-compare.png")), "kim-jong-un",
                "li-qiang", appeared), "before comparing, the tie is drawn in the colour of its tone");

        compare(robot, new Comparison(SEPTEMBER, OCTOBER));
        PixelReader pixels = render(robot, Path.of("target/screenshots/graph-compare-sep-oct-2025.png"));

        assertTrue(pointsInHue(pixels, "kim-jong-un", "li-qiang", appeared) >= 8,
                "Kim Jong Un and Li Qiang first met in October: their tie is drawn in the colour of ties that appeared");
        assertEquals(0, pointsInHue(pixels, "kim-jong-un", "xi-jinping", appeared),
                "Kim Jong Un and Xi Jinping met in September and not in October: their tie is not marked as appeared");
        assertEquals("1 Sep 2025 to 30 Sep 2025", robot.lookup(".compare-period-a").queryAs(Label.class).getText());
        assertEquals("1 Oct 2025 to 31 Oct 2025", robot.lookup(".compare-period-b").queryAs(Label.class).getText());
        assertEquals(PeriodComparison.Change.APPEARED, state.getComparedTies()
                .tieBetween(state.getComparedTies().pairs().actor("kim-jong-un"),
                        state.getComparedTies().pairs().actor("li-qiang")).change(), "the other views hear the comparison");
    }

    @Test
    void aTieThatVanishedIsDashedInItsMutedColourAndSwappingMakesItAppear(FxRobot robot) throws IOException {
        compare(robot, new Comparison(SEPTEMBER, OCTOBER));
        Color vanished = graph.palette().change(PeriodComparison.Change.VANISHED);
        Color appeared = graph.palette().change(PeriodComparison.Change.APPEARED);
        PixelReader pixels = render(robot, Path.of("target/screenshots/graph-compare-vanished.png"));
        double[] edge = skin().locator().edge("kim-jong-un", "xi-jinping");
        int inked = 0;
        int gaps = 0;
        for (double t = 0.3; t <= 0.7; t += 0.01) {
            Color pixel = pixels.getColor((int) Math.round(edge[0] + t * (edge[2] - edge[0])),
                    (int) Math.round(edge[1] + t * (edge[3] - edge[1])));
            boolean ink = pixel.getBrightness() < graph.palette().background().getBrightness() - 0.05;
            inked += ink ? 1 : 0;
            gaps += ink ? 0 : 1;
            assertTrue(pixel.getSaturation() < vanished.getSaturation() + 0.1, "a vanished tie is drawn muted: " + pixel);
        }
        assertTrue(inked > 5 && gaps > 5, "a vanished tie is dashed: " + inked + " inked, " + gaps + " gaps");

        robot.clickOn("Swap A and B");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(pointsInHue(render(robot, Path.of("target/screenshots/graph-compare-swapped.png")),
                "kim-jong-un", "xi-jinping", appeared) >= 8, "compared the other way round, the tie appeared");
    }

    @Test
    void stoppingTheComparisonRestoresTheGraphOfTheTimeOnShow(FxRobot robot) {
        compare(robot, new Comparison(SEPTEMBER, OCTOBER));
        robot.interact(() -> skin().settle());
        assertNotNull(skin().locator().edge("kim-jong-un", "xi-jinping"), "September's tie shows while comparing");

        robot.clickOn(".compare-stop");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> skin().settle());

        assertNull(state.getComparison());
        assertNull(state.getComparedTies());
        assertFalse(robot.lookup(".compare-bar").query().isVisible());
        assertNull(skin().locator().edge("kim-jong-un", "xi-jinping"), "the week around 10 October has no such tie");
        assertNotNull(skin().locator().edge("kim-jong-un", "li-qiang"));
    }

    @Test
    void theComparisonHonoursTheFilter(FxRobot robot) {
        compare(robot, new Comparison(SEPTEMBER, OCTOBER));

        robot.interact(() -> state.setFilter(Filter.NONE.withEventKinds(Set.of("parade"))));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> skin().settle());

        PeriodComparison parades = state.getComparedTies();
        assertNull(parades.tieBetween(parades.pairs().actor("kim-jong-un"), parades.pairs().actor("li-qiang")),
                "Kim Jong Un and Li Qiang met at the anniversary, not at a parade");
        assertEquals(PeriodComparison.Change.APPEARED, parades.tieBetween(parades.pairs().actor("prk"),
                parades.pairs().actor("wpk")).change(), "the Party's parade in Pyongyang was in October");
        assertNull(skin().locator().edge("kim-jong-un", "li-qiang"));
        assertNotNull(skin().locator().edge("prk", "wpk"));
    }
}
