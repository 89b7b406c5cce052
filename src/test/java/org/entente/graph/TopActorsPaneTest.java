package org.entente.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The list of most connected actors keeps its figures whole and short, and its bars in one column. */
@ExtendWith(ApplicationExtension.class)
class TopActorsPaneTest {
    private TopActorsPane pane;

    @Start
    void start(Stage stage) {
        pane = new TopActorsPane(actor -> { });
        pane.setMaxWidth(230);
        StackPane view = new StackPane(pane);
        view.getStyleClass().add("actor-graph-view");
        Scene scene = new Scene(view, 230, 300);
        scene.getStylesheets().add(ActorGraphView.class.getResource("graph.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void countsAreShortenedPastAThousand() {
        assertEquals("947", TopActorsPane.compact(947));
        assertEquals("10.6k", TopActorsPane.compact(10_566));
        assertEquals("510.5k", TopActorsPane.compact(510_514));
        assertEquals("1.2M", TopActorsPane.compact(1_234_567));
    }

    /**
     * A store of a million events gives counts of tens of thousands: in a narrow list the names are cut short,
     * never the counts and PageRanks (which a fixed column cut to "79.6k · ..."), and the bars start in one column.
     */
    @Test
    void aNarrowListCutsNamesNotFigures(FxRobot robot) {
        robot.interact(() -> pane.show(List.of(
                new TopActorsPane.Row(0, "Krugavian Development Bank of the Southern Reaches", 79_600, 1.0),
                new TopActorsPane.Row(1, "Mavanol Zinson", 44_500, 0.42),
                new TopActorsPane.Row(2, "Ge", 950, 0.09))));
        robot.interact(() -> pane.applyCss());
        robot.interact(() -> pane.layout());
        List<Label> figures = robot.lookup(".top-actor-figures").queryAllAs(Label.class).stream().toList();
        assertEquals(3, figures.size());
        for (Label label : figures) {
            assertEquals(label.getText(), shown(label), "the figures are shown whole");
        }
        assertEquals("79.6k \u00B7 1.00", figures.get(0).getText());
        Hyperlink longest = robot.lookup(".top-actor").queryAllAs(Hyperlink.class).stream()
                .filter(l -> l.getText().startsWith("Krugavian")).findFirst().orElseThrow();
        assertTrue(shown(longest).length() < longest.getText().length(), () -> "the long name is cut short: " + shown(longest));
        List<Double> bars = robot.lookup(".top-actor-bar").queryAll().stream().map(Node::getBoundsInParent)
                .map(b -> b.getMinX()).distinct().toList();
        assertEquals(1, bars.size(), () -> "the bars start in one column: " + bars);
    }

    /** Beside the map the list is narrow: its bars and PageRanks give way, and the names keep the room left. */
    @Test
    void aVeryNarrowListDropsItsBarsForTheNames(FxRobot robot) {
        showAt(robot, 130, new TopActorsPane.Row(0, "Mavanol Zinson", 79_600, 1.0),
                new TopActorsPane.Row(1, "Ge Mikaani", 28_100, 0.32));
        assertEquals(130, pane.getWidth(), 0.5);
        assertTrue(robot.lookup(".top-actor-bar").queryAll().stream().noneMatch(Node::isVisible), "no bars");
        Hyperlink first = robot.lookup(".top-actor").queryAllAs(Hyperlink.class).iterator().next();
        assertTrue(shown(first).length() >= 6, () -> "the name keeps some of its letters: " + shown(first));
        Label figures = robot.lookup(".top-actor-figures").queryAs(Label.class);
        assertEquals("79.6k", shown(figures), "the count alone, whole");
        Label title = robot.lookup(".top-actors-title").queryAs(Label.class);
        assertEquals("Most connected", shown(title), "the title wraps rather than being cut");
        robot.interact(() -> pane.setMaxWidth(230));
        robot.interact(() -> pane.layout());
        assertTrue(robot.lookup(".top-actor-bar").queryAll().stream().allMatch(Node::isVisible), "the bars are back");
    }

    /**
     * Who matters is what the list is for: beside the map a name too wide for its column takes a second line
     * rather than being cut ("Donald Tru..." was all an analyst saw), and a longer one is cut at the end of the
     * second, so that one name never pushes the others down.
     */
    @Test
    void aNameTakesASecondLineBeforeItIsCut(FxRobot robot) {
        showAt(robot, 130, new TopActorsPane.Row(0, "Donald Trump", 212, 1.0),
                new TopActorsPane.Row(1, "Krugavian Development Bank of the Southern Reaches", 180, 0.8),
                new TopActorsPane.Row(2, "India", 89, 0.5));
        List<Hyperlink> names = robot.lookup(".top-actor").queryAllAs(Hyperlink.class).stream().toList();
        Hyperlink trump = names.get(0);
        Hyperlink bank = names.get(1);
        Hyperlink india = names.get(2);
        assertEquals("Donald Trump", shown(trump).replace('\n', ' ').strip(), "the name is whole");
        double line = india.getHeight();
        assertTrue(trump.getHeight() > 1.5 * line, () -> "on two lines: " + trump.getHeight() + " against " + line);
        assertTrue(shown(bank).length() < bank.getText().length(), () -> "the long name is cut: " + shown(bank));
        assertTrue(bank.getHeight() < 2.5 * line, () -> "at two lines: " + bank.getHeight() + " against " + line);
    }

    /** A first word wider than the column is not broken in two ("Beshaisia" / "n Energ..."): the name is cut on one line. */
    @Test
    void aFirstWordWiderThanTheColumnIsNotBrokenButCut(FxRobot robot) {
        showAt(robot, 130, new TopActorsPane.Row(0, "Krugavianisationalists Bank", 212, 1.0),
                new TopActorsPane.Row(1, "India", 89, 0.5));
        List<Hyperlink> names = robot.lookup(".top-actor").queryAllAs(Hyperlink.class).stream().toList();
        Hyperlink bank = names.get(0);
        double line = names.get(1).getHeight();
        assertTrue(bank.getHeight() < 1.5 * line, () -> "on one line: " + bank.getHeight() + " against " + line);
        assertTrue(shown(bank).startsWith("Krugav") && shown(bank).endsWith(bank.getEllipsisString()),
                () -> "cut at its end: " + shown(bank));
    }

    /** The list at {@code width} with these rows, laid out. */
    private void showAt(FxRobot robot, double width, TopActorsPane.Row... rows) {
        robot.interact(() -> {
            pane.setMaxWidth(width);
            pane.show(List.of(rows));
        });
        robot.interact(() -> pane.layout());
    }

    /** The text a label draws, cut short or not. */
    private static String shown(Labeled label) {
        return ((Text) label.lookup(".text")).getText();
    }
}
