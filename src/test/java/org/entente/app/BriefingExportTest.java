package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.entente.notes.NoteTarget;
import org.entente.query.TimeWindow;
import org.entente.state.Selection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Export ▸ Briefing, on the seed with the Beijing parade selected and a note written on it. */
class BriefingExportTest extends SeedWindowTest {
    private static final long DAY = 86_400_000L;
    private static final String PARADE = "ev-beijing-parade-2025";

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @BeforeEach
    void openSeed(FxRobot robot) throws TimeoutException {
        loadSeed(robot);
        robot.interact(() -> {
            state.setWindow(new TimeWindow(LocalDate.of(2025, 8, 1).toEpochDay() * DAY, LocalDate.of(2025, 11, 1).toEpochDay() * DAY));
            state.select(Selection.event(PARADE));
            state.setNotes(state.getNotes().adding(new NoteTarget.Event(PARADE), "Ask Seoul which date is right.", 0));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Document export(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> window.exports().exportBriefing(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(file));
        return Jsoup.parse(Files.readString(file));
    }

    @Test
    void theExportMenuOffersABriefing(FxRobot robot) {
        Menu export = (Menu) TestWindows.menuItem(robot, "Export");
        List<String> items = export.getItems().stream().map(MenuItem::getText).toList();
        assertTrue(items.contains("Briefing (HTML)\u2026"), items.toString());
    }

    @Test
    void aBriefingOfTheWindowPicturesItsThreeViewsAndListsTheSelectedParade(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> window.showViews(ViewChoice.BOTH));
        WaitForAsyncUtils.waitForFxEvents();
        Document html = export(robot, dir.resolve("briefing.html"));

        assertEquals(List.of("Timeline", "Actor graph", "Map"), html.select("figcaption").eachText());
        for (Element img : html.select("img")) {
            assertTrue(img.attr("src").startsWith("data:image/png;base64,iVBORw0KGgo"), "a PNG, inline");
        }
        Element parade = html.getElementById("event-" + PARADE);
        assertEquals(1, html.select("article.event").size(), "the selection, not the window");
        assertTrue(parade.selectFirst(".disagree").text().contains("9 Sep 2024"), parade.text());
        assertTrue(html.selectFirst(".note").text().contains("Ask Seoul which date is right."));
        assertTrue(html.select("script").isEmpty());
    }

    @Test
    void aViewNotOnShowIsSaidToBeSo(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> window.showViews(ViewChoice.GRAPH));
        Document html = export(robot, dir.resolve("briefing.html"));

        assertEquals(List.of("Timeline", "Actor graph"), html.select("figcaption").eachText());
        assertTrue(html.text().contains("The map was not on show when the briefing was written."));
    }
}
