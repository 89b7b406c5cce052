package org.entente.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
 * The dataset's section of the detail pane, with nothing selected: a feed's tens of thousands of sources
 * are not each given a line, which took the UI thread seconds each time a store's records came.
 */
@ExtendWith(ApplicationExtension.class)
class DatasetSectionTest {
    private final ViewState state = new ViewState();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new DetailView(state), 700, 900));
        stage.show();
    }

    @Test
    void aDatasetOfManySourcesListsTheFirstAndCountsTheRest(FxRobot robot) {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < DatasetSection.LISTED + 250; i++) {
            sources.add(new Source("s" + i, "Wire story " + i, "Agency", null, null, Reliability.B, Extras.NONE));
        }
        Dataset many = new Dataset("Many sources", null, sources, List.of(), List.of(), List.of(), Extras.NONE);
        robot.interact(() -> state.show(IndexedDataset.of(many)));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = robot.lookup(".dataset-detail .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertEquals(DatasetSection.LISTED, texts.stream().filter(t -> t.startsWith("Wire story")).count(), texts::toString);
        assertTrue(texts.contains("Wire story 0 \u00B7 Agency"), texts::toString);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("and 250 more")), texts::toString);
    }
}
