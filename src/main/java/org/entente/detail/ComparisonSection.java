package org.entente.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.entente.network.PairIndex;
import org.entente.network.PeriodComparison;
import org.entente.network.PeriodComparison.Change;
import org.entente.query.Comparison;
import org.entente.state.Selection;

/**
 * While two periods are compared and nothing is selected: how the ties changed from A to B, counted by
 * kind of change, and the table of the largest changes, each a link to the pair. Buttons narrow the table
 * to one kind of change. For a selected pair, {@link #ofPair} adds the pair's counts and tones in A and B;
 * for a selected actor, {@link #ofActor} its events in each and its ties that changed most.
 */
final class ComparisonSection {
    /** The most rows the table of changes shows: past them the changes are too small to read as news. */
    static final int ROWS = 100;
    /** The most of an actor's changed ties its section lists. */
    private static final int ACTOR_ROWS = 8;

    private ComparisonSection() {
    }

    static Node of(DetailContext context) {
        Comparison periods = context.state().getComparison();
        PeriodComparison compared = comparedNow(context);
        VBox box = Blocks.section(Blocks.title("How ties changed from A to B"));
        box.getStyleClass().add("comparison-detail");
        box.getChildren().add(periods(periods));
        if (compared == null) {
            box.getChildren().add(Blocks.muted("Working out how each tie changed\u2026"));
            return box;
        }
        box.getChildren().add(Blocks.muted(DetailText.plural(compared.ties().size(), "tie") + " in either period"
                + (context.filter().isEmpty() ? "" : ", among the events that pass the filter")
                + ". A tie is stronger or weaker when its count changes by half or more, warmer or colder when its "
                + "mean tone moves by two points or more."));
        Label saved = Blocks.muted("");
        saved.managedProperty().bind(saved.textProperty().isNotEmpty());
        box.getChildren().addAll(ChangesExport.link(compared, context.dataset(), saved), saved);
        VBox table = new VBox();
        box.getChildren().addAll(Blocks.heading("Largest changes"), filters(compared, table, context), table);
        fill(table, compared, null, context);
        return box;
    }

    /** The comparison worked out for the periods compared now; null while it is worked out, or when not comparing. */
    private static PeriodComparison comparedNow(DetailContext context) {
        Comparison periods = context.state().getComparison();
        PeriodComparison compared = context.state().getComparedTies();
        boolean current = periods != null && compared != null && compared.a().equals(periods.a())
                && compared.b().equals(periods.b());
        return current ? compared : null;
    }

    private static GridPane periods(Comparison periods) {
        return Blocks.facts(new String[][] {
            {"Period A", periods.a() == null ? "not set" : Comparison.days(periods.a())},
            {"Period B", periods.b() == null ? "not set" : Comparison.days(periods.b())}});
    }

    /** One button per kind of change with its count, and one for all; each narrows the table to its kind. */
    private static FlowPane filters(PeriodComparison compared, VBox table, DetailContext context) {
        ToggleGroup group = new ToggleGroup();
        List<Node> buttons = new ArrayList<>();
        buttons.add(filter(group, "All changes", null, compared, table, context));
        for (Change change : Change.values()) {
            if (change != Change.STEADY) {
                buttons.add(filter(group, String.format(Locale.ROOT, "%,d %s", compared.count(change), change.word()),
                        change, compared, table, context));
            }
        }
        group.getToggles().get(0).setSelected(true);
        FlowPane flow = Blocks.flow(buttons.toArray(Node[]::new));
        flow.getStyleClass().add("change-filters");
        return flow;
    }

    private static ToggleButton filter(ToggleGroup group, String text, Change change, PeriodComparison compared,
                                       VBox table, DetailContext context) {
        ToggleButton button = new ToggleButton(text);
        button.getStyleClass().add("change-filter");
        if (change != null) {
            button.setGraphic(swatch(change));
        }
        button.setToggleGroup(group);
        button.setOnAction(e -> {
            button.setSelected(true);
            fill(table, compared, change, context);
        });
        return button;
    }

    /** The table of the largest changes of a kind (null for every kind but steady), most changed first. */
    private static void fill(VBox table, PeriodComparison compared, Change only, DetailContext context) {
        List<PeriodComparison.Tie> rows = new ArrayList<>();
        int matching = 0;
        for (PeriodComparison.Tie tie : compared.ties()) {
            if (only == null ? tie.change() != Change.STEADY : tie.change() == only) {
                matching++;
                if (rows.size() < ROWS) {
                    rows.add(tie);
                }
            }
        }
        if (matching == 0) {
            table.getChildren().setAll(Blocks.muted("No tie changed so."));
            return;
        }
        table.getChildren().setAll(table(rows, compared, context));
        if (matching > rows.size()) {
            table.getChildren().add(Blocks.muted(String.format(Locale.ROOT, "The %,d largest of %,d changes.", rows.size(),
                    matching)));
        }
    }

    /** Ties as a table: the pair (a link to it), the change, and the count and the tone in A and in B. */
    private static GridPane table(List<PeriodComparison.Tie> ties, PeriodComparison compared, DetailContext context) {
        String noun = compared.countsRelations() ? "Interactions" : "Events";
        GridPane grid = Blocks.styled(new GridPane(), "changes-table");
        grid.setHgap(12);
        grid.setVgap(1);
        // The pair's name gives way (it wraps) so that the change and the numbers are never cut short.
        ColumnConstraints pairs = new ColumnConstraints();
        pairs.setHgrow(Priority.ALWAYS);
        pairs.setMinWidth(0);
        ColumnConstraints whole = new ColumnConstraints();
        whole.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(pairs, whole, whole, whole);
        grid.addRow(0, header("Pair"), header("Change"), header(noun + " A \u2192 B"), header("Tone A \u2192 B"));
        for (int row = 0; row < ties.size(); row++) {
            PeriodComparison.Tie tie = ties.get(row);
            grid.addRow(row + 1, pairLink(tie, compared.pairs(), context), changeLabel(tie.change()),
                    new Label(String.format(Locale.ROOT, "%,d \u2192 %,d", tie.countA(), tie.countB())),
                    new Label(tone(tie.toneA()) + " \u2192 " + tone(tie.toneB())));
        }
        return grid;
    }

    /**
     * A selected actor's part in the comparison: its events in A and in B, and its ties that changed most;
     * nothing when not comparing.
     */
    static List<Node> ofActor(String actorId, DetailContext context) {
        PeriodComparison compared = comparedNow(context);
        int actor = compared == null ? -1 : compared.pairs().actor(actorId);
        if (actor < 0) {
            return List.of();
        }
        VBox box = Blocks.styled(new VBox(2), "actor-comparison");
        box.getChildren().add(Blocks.heading("From period A to period B"));
        box.getChildren().add(Blocks.facts(new String[][] {
            {"Period A", DetailText.plural(compared.actorEventsA(actor), "event")},
            {"Period B", DetailText.plural(compared.actorEventsB(actor), "event")}}));
        List<PeriodComparison.Tie> changed = new ArrayList<>();
        for (PeriodComparison.Tie tie : compared.ties()) {
            boolean involves = compared.pairs().first(tie.pair()) == actor || compared.pairs().second(tie.pair()) == actor;
            if (involves && tie.change() != Change.STEADY && changed.size() < ACTOR_ROWS) {
                changed.add(tie);
            }
        }
        box.getChildren().add(changed.isEmpty() ? Blocks.muted("None of its ties changed.") : table(changed, compared, context));
        box.getChildren().add(allChanges(context));
        return List.of(box);
    }

    /** The pair's name, a link that selects the pair. */
    private static Hyperlink pairLink(PeriodComparison.Tie tie, PairIndex pairs, DetailContext context) {
        String first = context.dataset().actors().get(pairs.first(tie.pair())).id();
        String second = context.dataset().actors().get(pairs.second(tie.pair())).id();
        Hyperlink link = Blocks.link(context.dataset().actorName(first) + " \u2013 " + context.dataset().actorName(second),
                context, Selection.pair(first, second));
        link.setWrapText(true);
        return link;
    }

    /**
     * A selected pair's part in the comparison: how its tie changed, its counts and tones in A and in B,
     * and a way back to all the changes; nothing when not comparing.
     */
    static List<Node> ofPair(Selection.OfPair pair, DetailContext context) {
        PeriodComparison compared = comparedNow(context);
        if (compared == null) {
            return List.of();
        }
        PeriodComparison.Tie tie = compared.tieBetween(compared.pairs().actor(pair.first()), compared.pairs().actor(pair.second()));
        String noun = compared.countsRelations() ? "interaction" : "event";
        VBox box = Blocks.styled(new VBox(2), "pair-comparison");
        box.getChildren().add(Blocks.heading("From period A to period B"));
        if (tie == null) {
            box.getChildren().add(Blocks.muted("These two dealt with each other in neither period."));
        } else {
            box.getChildren().add(new HBox(6, changeLabel(tie.change()), Blocks.text(meaning(tie.change()))));
            box.getChildren().add(Blocks.facts(new String[][] {
                {"Period A", DetailText.plural(tie.countA(), noun) + ", mean tone " + tone(tie.toneA())},
                {"Period B", DetailText.plural(tie.countB(), noun) + ", mean tone " + tone(tie.toneB())}}));
        }
        box.getChildren().add(allChanges(context));
        return List.of(box);
    }

    /** The way back from a pair or an actor to the table of all changes: selecting nothing. */
    private static Hyperlink allChanges(DetailContext context) {
        Hyperlink all = Blocks.link("All changes", context, Selection.NOTHING);
        all.getStyleClass().add("all-changes");
        return all;
    }

    /** What a change means, in a sentence. */
    private static String meaning(Change change) {
        return switch (change) {
            case APPEARED -> "They dealt with each other in B and not in A.";
            case VANISHED -> "They dealt with each other in A and not in B.";
            case STRONGER -> "They dealt with each other more in B.";
            case WEAKER -> "They dealt with each other less in B.";
            case WARMER -> "Their dealings turned more cooperative in B.";
            case COLDER -> "Their dealings turned more conflictual in B.";
            case STEADY -> "Their dealings were much the same in both.";
        };
    }

    /** The change's word beside a swatch of its colour in the graph. */
    private static Label changeLabel(Change change) {
        Label label = new Label(change.word(), swatch(change));
        label.getStyleClass().add("change-label");
        return label;
    }

    private static Region swatch(Change change) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("change-swatch", "change-" + change.word());
        return swatch;
    }

    private static Label header(String text) {
        return Blocks.styled(new Label(text), "changes-header");
    }

    /** A mean tone in short, "+4.0", or a dash when no event had one. */
    private static String tone(double tone) {
        return Double.isNaN(tone) ? "\u2013" : String.format(Locale.ROOT, "%+.1f", tone);
    }
}
