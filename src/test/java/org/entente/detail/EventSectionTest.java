package org.entente.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.entente.index.IndexedDataset;
import org.entente.model.Code;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.state.Selection;
import org.entente.state.ViewState;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An imported event in the detail pane: codes read as words, the importer's raw fields folded away. */
@ExtendWith(ApplicationExtension.class)
class EventSectionTest {
    private final ViewState state = new ViewState();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new DetailView(state), 700, 800));
        stage.show();
    }

    @BeforeEach
    void showAnImportedVisit(FxRobot robot) throws EdtfException {
        Event visit = new Event("e1", "Visit", Edtf.parse("2018-01-01"), "consult", null, null, List.of(), 1.9,
                List.of(new Code("cameo", "042"), new Code("quadclass", "1"), new Code("acme", "Z9")), List.of(),
                List.of(), Extras.of(Map.of("x-gdelt-globaleventid", "730000001", "x-gdelt-nummentions", "10",
                        "note", "\"kept from the file\"")));
        Dataset dataset = new Dataset("Imported", null, List.of(), List.of(), List.of(visit), List.of(), Extras.NONE);
        robot.interact(() -> {
            state.show(IndexedDataset.of(dataset));
            state.select(Selection.event("e1"));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void codesReadAsWordsWithTheRawCodeInTheTooltip(FxRobot robot) {
        Set<Label> chips = robot.lookup(".detail-code").queryAllAs(Label.class);
        Set<String> texts = chips.stream().map(Label::getText).collect(Collectors.toSet());
        assertEquals(Set.of("Make a visit", "Verbal cooperation", "acme Z9"), texts, "unknown codes keep their scheme and code");
        Label visit = chips.stream().filter(c -> c.getText().equals("Make a visit")).findFirst().orElseThrow();
        assertEquals("CAMEO 042: Make a visit", visit.getTooltip().getText());
    }

    @Test
    void theImportersRawFieldsAreFoldedAwayUnderSourceFields(FxRobot robot) {
        Set<TitledPane> folds = robot.lookup(".detail-extras").queryAllAs(TitledPane.class);
        Set<String> titles = folds.stream().map(TitledPane::getText).collect(Collectors.toSet());
        assertEquals(Set.of("Source fields (2)", "Other fields in the file (1)"), titles);
        assertTrue(folds.stream().noneMatch(TitledPane::isExpanded), "folded until asked for");
        boolean rawShown = robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> "x-gdelt-globaleventid".equals(l.getText()) && isShowing(l));
        assertFalse(rawShown, "raw columns are not on show until the fold is opened");
        TitledPane source = folds.stream().filter(f -> f.getText().startsWith("Source")).findFirst().orElseThrow();
        robot.clickOn(source.lookup(".title"));
        assertTrue(source.isExpanded(), "a click opens the fold");
    }

    /** Whether a node and all its parents are visible (a folded TitledPane hides its content). */
    private static boolean isShowing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
