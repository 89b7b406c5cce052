package org.entente.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.entente.index.IndexedDataset;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Participant;
import org.entente.network.GraphTimeMode;
import org.entente.state.ViewState;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A news network of 120 actors (a core of thirty who all deal with each other, each with counterparts of
 * its own) in a pane the size of the app's graph pane: fitted to the pane, the busiest, held together by
 * their ties, are not drawn on top of each other.
 */
@ExtendWith(ApplicationExtension.class)
class GraphRoomTest {
    private static final int CORE = 30;
    private static final int LEAVES = 3;

    private final ViewState state = new ViewState();
    private ActorGraphView graph;

    @Start
    void start(Stage stage) {
        graph = new ActorGraphView(state);
        stage.setScene(new Scene(graph, 480, 380));
        stage.sizeToScene();
        stage.show();
    }

    private static Event event(String id, String a, String b) throws EdtfException {
        return new Event(id, "Talks " + id, Edtf.parse("2018-06-01"), "consult", null, null,
                List.of(new Participant(a, null), new Participant(b, null)), Double.NaN, List.of(), List.of(), List.of(),
                Extras.NONE);
    }

    /** Thirty core actors, each dealing with every other, and three counterparts of its own each. */
    private static Dataset network() throws EdtfException {
        List<Actor> actors = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (int c = 0; c < CORE; c++) {
            actors.add(new Actor("core" + c, "Core " + c, ActorKind.STATE, List.of(), null, null, List.of(), Extras.NONE));
            for (int d = 0; d < c; d++) {
                for (int i = 0; i <= (c + d) % 3; i++) {
                    events.add(event(c + "-" + d + "-" + i, "core" + c, "core" + d));
                }
            }
            for (int l = 0; l < LEAVES; l++) {
                String leaf = "leaf" + c + "-" + l;
                actors.add(new Actor(leaf, "Leaf " + c + "-" + l, ActorKind.PERSON, List.of(), null, null, List.of(),
                        Extras.NONE));
                events.add(event(leaf, "core" + c, leaf));
            }
        }
        return new Dataset("News network", null, List.of(), actors, events, List.of(), Extras.NONE);
    }

    @Test
    void theNodesOfABusyNetworkFittedToASmallPaneDoNotCoverEachOther(FxRobot robot) throws EdtfException {
        Dataset network = network();
        GraphSkin skin = (GraphSkin) graph.getSkin();
        robot.interact(() -> {
            graph.setTimeMode(GraphTimeMode.VISIBLE_RANGE);
            state.show(IndexedDataset.of(network));
            skin.settle();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(skin::settle);

        List<double[]> nodes = new ArrayList<>();
        for (Actor actor : network.actors()) {
            double[] node = skin.locator().node(actor.id());
            if (node != null) {
                nodes.add(node);
            }
        }
        assertEquals(network.actors().size(), nodes.size(), "every actor is drawn");
        int covered = 0;
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                double[] a = nodes.get(i);
                double[] b = nodes.get(j);
                if (Math.hypot(a[0] - b[0], a[1] - b[1]) < a[2] + b[2]) {
                    covered++;
                }
            }
        }
        // Room for two nodes' discs as drawn: before nodes kept room for the scale they are drawn at, 75 pairs touched.
        assertTrue(covered <= nodes.size() / 40, covered + " pairs of the " + nodes.size() + " nodes touch or overlap");
    }
}
