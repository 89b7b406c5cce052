package org.entente.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.entente.index.IndexedDataset;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.network.GraphScene;
import org.entente.network.GraphSpan;
import org.entente.network.GroupBy;
import org.entente.seed.Seed;
import org.entente.state.Selection;
import org.entente.state.ViewState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Actors folded into groups as a user meets it on the seed: the Group menu, a click, a double-click. */
@ExtendWith(ApplicationExtension.class)
class ActorGroupingTest {
    private static final long DAY = 86_400_000L;

    private final ViewState state = new ViewState();
    private ActorGraphView graph;
    private Dataset seed;

    @Start
    void start(Stage stage) {
        graph = new ActorGraphView(state);
        stage.setScene(new Scene(graph, 1100, 720));
        stage.show();
    }

    /** The seed as of 10 October 2025, the graph showing the whole of 2025 around it. */
    @BeforeEach
    void showSeed(FxRobot robot) throws IOException {
        seed = Seed.load();
        robot.interact(() -> {
            state.show(IndexedDataset.of(seed));
            state.setCursor(LocalDate.of(2025, 10, 10).toEpochDay() * DAY + DAY / 2);
            graph.setSpan(GraphSpan.YEAR);
            skin().settle();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> skin().settle());
    }

    private GraphSkin skin() {
        return (GraphSkin) graph.getSkin();
    }

    /** Picks a grouping, then lets the layout and the background analysis (which resizes nodes) come to rest. */
    private void groupFromTheMenu(FxRobot robot, String item) {
        robot.clickOn(".graph-group-menu").clickOn(item);
        robot.interact(() -> skin().settle());
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(300);
        robot.interact(() -> skin().settle());
    }

    private Point2D onScreen(FxRobot robot, double[] node) {
        return robot.lookup(".graph-canvas").queryAs(Canvas.class).localToScreen(node[0], node[1]);
    }

    @Test
    void groupingByCountryGivesOneNodePerCountry(FxRobot robot) {
        groupFromTheMenu(robot, "By country: state to state");
        assertEquals(GroupBy.COUNTRY, graph.getGroupBy());
        LiveGraph live = skin().graph();
        GraphScene scene = live.scene();
        Set<String> labels = new HashSet<>();
        for (int slot = 0; slot < scene.nodeCount(); slot++) {
            int node = scene.node(slot);
            if (live.groups().groupOfNode(node) < 0) {
                Actor actor = seed.actors().get(node);
                assertEquals(null, actor.country(), actor.name() + " has a country, so it folds into its state");
            }
            assertTrue(labels.add(live.names()[node]), "one node for " + live.names()[node]);
        }
        assertTrue(labels.containsAll(Set.of("China", "North Korea", "Russia")), "states by their English names: " + labels);
        double[] china = skin().locator().node("country:CHN");
        assertTrue(china != null, "China is drawn");
        assertEquals(china[0], skin().locator().node("xi-jinping")[0], 0.01, "Xi Jinping is inside China's node");
        int edge = scene.edgeBetween(live.node("country:CHN"), live.node("country:PRK"));
        assertTrue(edge >= 0, "China and North Korea are tied");
        assertTrue(scene.count(edge) >= 2, "their tie sums the ties of their leaders, states and bodies");

        groupFromTheMenu(robot, "Each actor on its own");
        assertTrue(skin().locator().node("xi-jinping") != null);
        assertEquals(-1, skin().graph().node("country:CHN"), "ungrouped, no node stands for China's group");
    }

    @Test
    void clickingAGroupSelectsItWithItsMembersAndDoubleClickOpensItInPlace(FxRobot robot) {
        groupFromTheMenu(robot, "By country: state to state");
        double[] china = skin().locator().node("country:CHN");
        robot.clickOn(onScreen(robot, china), MouseButton.PRIMARY);
        Selection.OfGroup group = assertInstanceOf(Selection.OfGroup.class, state.getSelection());
        assertEquals("China", group.label());
        assertTrue(group.members().containsAll(Set.of("xi-jinping", "li-qiang", "chn", "chn-state-council")));

        robot.sleep(600);
        robot.doubleClickOn(onScreen(robot, skin().locator().node("country:CHN")), MouseButton.PRIMARY);
        robot.interact(() -> skin().settle());
        assertEquals(-1, skin().graph().node("country:CHN"), "China is open");
        double[] xi = skin().locator().node("xi-jinping");
        double[] russia = skin().locator().node("country:RUS");
        assertTrue(xi != null && russia != null, "Xi Jinping has his own node; Russia stays grouped");
        assertNotEquals(xi[0], russia[0]);
        assertFalse(skin().graph().groups().isOpen(skin().graph().groups().group("country:RUS")));
    }

    @Test
    void clickingATieBetweenGroupsSelectsTheTiesOfTheirMembers(FxRobot robot) {
        groupFromTheMenu(robot, "By country: state to state");
        Point2D point = graph.locateLink("country:CHN", "country:PRK").orElseThrow();
        robot.clickOn(graph.localToScreen(point), MouseButton.PRIMARY);
        Selection.OfGroupPair tie = assertInstanceOf(Selection.OfGroupPair.class, state.getSelection());
        assertEquals(Set.of("China", "North Korea"), Set.of(tie.first().label(), tie.second().label()));
    }

    @Test
    void selectingAnActorInAGroupKeepsAndMarksTheGroup(FxRobot robot) {
        groupFromTheMenu(robot, "By country: state to state");
        robot.interact(() -> state.select(Selection.actor("li-qiang")));
        Emphasis emphasis = Emphasis.of(state, skin().graph(), -1, -1);
        assertEquals(skin().graph().node("country:CHN"), emphasis.selectedActor(), "Li Qiang's group is brought forward");
    }
}
