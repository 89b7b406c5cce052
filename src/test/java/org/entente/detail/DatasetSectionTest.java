package org.entente.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.entente.index.IndexedDataset;
import org.entente.model.Dataset;
import org.entente.model.Extras;
import org.entente.model.Reliability;
import org.entente.model.Source;
import org.entente.state.ViewState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dataset's section of the detail pane, with nothing selected: a few sources each get a line with a
 * link, while a feed's tens of thousands (a store's records bring thousands each time the window moves)
 * are listed in rows drawn only where they are in view, every one of them within reach.
 */
@ExtendWith(ApplicationExtension.class)
class DatasetSectionTest {
    private final ViewState state = new ViewState();
    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        DetailView detail = new DetailView(state);
        detail.setOnOpenLink(opened::add);
        stage.setScene(new Scene(detail, 700, 900));
        stage.show();
    }

    @Test
    void aDatasetOfManySourcesListsThemAllInRowsDrawnOnlyInView(FxRobot robot) {
        robot.interact(() -> state.show(IndexedDataset.of(withSources(2_000))));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup(".dataset-detail .detail-events").queryAs(ListView.class);
        assertEquals(2_000, list.getItems().size(), "every source is within reach");
        List<ListCell<?>> cells = robot.lookup(".dataset-detail .list-cell").queryAll().stream()
                .<ListCell<?>>map(node -> (ListCell<?>) node).filter(cell -> cell.getText() != null).toList();
        assertTrue(cells.size() <= 20, "only the rows in view are drawn: " + cells.size());
        assertEquals("Wire story 0 \u00B7 reliability B \u2013 usually reliable  \u2197", cells.get(0).getText(),
                "the publisher they all share is said once");
        assertTrue(labels(robot).contains("Publisher of all: Agency."), () -> labels(robot).toString());
        String shown = robot.from(cells.get(2)).lookup(".text").queryAs(Text.class).getText();
        assertTrue(shown.contains(cells.get(2).getEllipsisString()) && shown.endsWith("reliability B \u2013 usually reliable  \u2197"),
                "a long title is cut in its middle, its grade and arrow in sight: " + shown);
        assertTrue(robot.lookup(".dataset-detail .source-url").queryAll().isEmpty(), "no link each");
        robot.clickOn(cells.get(1));
        assertEquals(List.of("https://example.org/1"), opened, "picking a row opens its address");
        robot.interact(() -> list.scrollTo(1_999));
        robot.clickOn(robot.lookup(".dataset-detail .list-cell").match((ListCell<?> cell) -> cell.getText() != null
                && cell.getText().startsWith("Wire story 1999 ")).queryAs(ListCell.class));
        assertEquals("https://example.org/1999", opened.get(opened.size() - 1), "the last is within reach");
        robot.type(KeyCode.ENTER);
        assertEquals(List.of("https://example.org/1", "https://example.org/1999", "https://example.org/1999"), opened,
                "Enter opens the row picked");
    }

    @Test
    void aFewSourcesHaveALineEachWithALinkAndTheirGrade(FxRobot robot) {
        robot.interact(() -> state.show(IndexedDataset.of(withSources(DatasetSection.LINES))));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = robot.lookup(".dataset-detail .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertEquals(DatasetSection.LINES, texts.stream().filter(t -> t.startsWith("Wire story")).count(), texts::toString);
        assertTrue(texts.contains("reliability B \u2013 usually reliable"), texts::toString);
        assertTrue(robot.lookup(".dataset-detail .detail-events").queryAll().isEmpty(), "no list for a few");
        robot.clickOn(robot.lookup(".dataset-detail .source-url").queryAllAs(Hyperlink.class).iterator().next());
        assertEquals(List.of("https://example.org/0"), opened);
    }

    /**
     * A feed's export grades none of its sources (GDELT's 372 rows each ended "reliability not graded"): that is
     * said once, and the rows and lines give their room to the titles. One graded source brings the grades back.
     */
    @Test
    void sourcesNoneOfWhichIsGradedSaySoOnceNotOnEachRow(FxRobot robot) {
        robot.interact(() -> state.show(IndexedDataset.of(withSources(2_000, null))));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> rows = rows(robot);
        assertEquals("Wire story 0  \u2197", rows.get(0));
        assertTrue(rows.stream().noneMatch(t -> t.contains("reliability")), rows::toString);
        assertTrue(labels(robot).contains("None is graded for reliability."), () -> labels(robot).toString());
        robot.interact(() -> state.show(IndexedDataset.of(withSources(DatasetSection.LINES, null))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(labels(robot).stream().noneMatch(t -> t.startsWith("reliability")), () -> labels(robot).toString());
        assertTrue(labels(robot).contains("None is graded for reliability."), () -> labels(robot).toString());
        robot.interact(() -> state.show(IndexedDataset.of(withSources(DatasetSection.LINES, Reliability.B))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(labels(robot).stream().noneMatch(t -> t.startsWith("None is graded")), () -> labels(robot).toString());
    }

    /**
     * Sources of different publishers name theirs on each row; sources of one publisher (the Office of the
     * Historian's sixteen files) say it once, so that each row's room goes to what tells them apart.
     */
    @Test
    void onlySourcesOfDifferentPublishersNameTheirsOnEachRow(FxRobot robot) {
        Dataset agency = withSources(40, null);
        List<Source> mixed = new ArrayList<>(agency.sources());
        mixed.set(7, new Source("s7", "Wire story 7", "Another agency", null, null, null, Extras.NONE));
        robot.interact(() -> state.show(IndexedDataset.of(new Dataset("Mixed", null, mixed, List.of(), List.of(), List.of(),
                Extras.NONE))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Wire story 0 \u00B7 Agency  \u2197", rows(robot).get(0));
        assertTrue(labels(robot).stream().noneMatch(t -> t.startsWith("Publisher of all")), () -> labels(robot).toString());

        robot.interact(() -> state.show(IndexedDataset.of(agency)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Wire story 0  \u2197", rows(robot).get(0));
        assertTrue(labels(robot).contains("Publisher of all: Agency."), () -> labels(robot).toString());
    }

    private static List<String> rows(FxRobot robot) {
        return robot.lookup(".dataset-detail .list-cell").queryAll().stream()
                .map(node -> ((ListCell<?>) node).getText()).filter(t -> t != null).toList();
    }

    private static List<String> labels(FxRobot robot) {
        return robot.lookup(".dataset-detail .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static Dataset withSources(int count) {
        return withSources(count, Reliability.B);
    }

    private static Dataset withSources(int count, Reliability reliability) {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String title = i == 2 ? "Wire story 2 on " + "a very long matter ".repeat(12) : "Wire story " + i;
            sources.add(new Source("s" + i, title, "Agency", null, "https://example.org/" + i, reliability,
                    Extras.NONE));
        }
        return new Dataset("Many sources", null, sources, List.of(), List.of(), List.of(), Extras.NONE);
    }
}
