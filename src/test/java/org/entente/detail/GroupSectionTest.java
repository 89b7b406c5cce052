package org.entente.detail;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.entente.index.IndexedDataset;
import org.entente.model.Dataset;
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

/** A group of actors in the detail pane: its members, each a link, and the ties between two groups. */
@ExtendWith(ApplicationExtension.class)
class GroupSectionTest {
    private static final Selection.OfGroup CHINA = new Selection.OfGroup("country:CHN", "China",
            Set.of("xi-jinping", "li-qiang", "chn", "chn-state-council"));
    private static final Selection.OfGroup NORTH_KOREA = new Selection.OfGroup("country:PRK", "North Korea",
            Set.of("kim-jong-un", "prk", "wpk", "kim-il-sung"));

    private final ViewState state = new ViewState();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new DetailView(state), 700, 900));
        stage.show();
    }

    @BeforeEach
    void showSeed(FxRobot robot) throws IOException {
        Dataset seed = Seed.load();
        robot.interact(() -> state.show(IndexedDataset.of(seed)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Set<String> links(FxRobot robot) {
        return robot.lookup(".group-detail .hyperlink").queryAllAs(Hyperlink.class).stream().map(Hyperlink::getText)
                .collect(Collectors.toSet());
    }

    @Test
    void aGroupListsItsMembersAndAMemberLinksToTheActor(FxRobot robot) {
        robot.interact(() -> state.select(CHINA));
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> links = links(robot);
        assertTrue(links.stream().anyMatch(text -> text.startsWith("Xi Jinping (")), "members with their events: " + links);
        assertTrue(links.stream().anyMatch(text -> text.startsWith("Li Qiang (")));
        Hyperlink xi = robot.lookup(".group-detail .hyperlink").queryAllAs(Hyperlink.class).stream()
                .filter(link -> link.getText().startsWith("Xi Jinping (")).findFirst().orElseThrow();
        robot.clickOn(xi);
        assertTrue(state.getSelection().equals(Selection.actor("xi-jinping")));
    }

    @Test
    void theTiesOfTwoGroupsListTheirSharedEventsAndThePairsBehindThem(FxRobot robot) {
        robot.interact(() -> state.select(new Selection.OfGroupPair(CHINA, NORTH_KOREA)));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> headings = robot.lookup(".group-detail .label").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(text -> text.contains("shared event")).toList();
        assertTrue(!headings.isEmpty() && !headings.get(0).startsWith("0 "), "China and North Korea share events: " + headings);
        assertTrue(links(robot).stream().anyMatch(text -> text.startsWith("Kim Jong Un \u2013 Xi Jinping (")
                || text.startsWith("Xi Jinping \u2013 Kim Jong Un (")), "the pairs behind the tie: " + links(robot));
    }
}
