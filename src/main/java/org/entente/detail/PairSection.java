package org.entente.detail;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.entente.claims.ClaimText;
import org.entente.index.IntList;
import org.entente.model.Citation;
import org.entente.model.Relation;
import org.entente.state.Selection;

/** The relationship of two actors: their explicit relations with sources, their interactions and tone over time, and their shared events. */
final class PairSection {
    private PairSection() {
    }

    static Node of(Selection.OfPair pair, DetailContext context) {
        String first = context.dataset().actorName(pair.first());
        String second = context.dataset().actorName(pair.second());
        VBox box = Blocks.section(Blocks.title(first + " \u2013 " + second));
        box.getStyleClass().add("pair-detail");
        box.getChildren().add(Blocks.flow(Blocks.link(first, context, Selection.actor(pair.first())),
                Blocks.text("and"), Blocks.link(second, context, Selection.actor(pair.second()))));
        box.getChildren().addAll(ComparisonSection.ofPair(pair, context));
        box.getChildren().addAll(relations(pair, context));
        IntList shared = Filtering.events(context.actorEvents().shared(pair.first(), pair.second()), context);
        if (shared.size() > 0) {
            box.getChildren().add(Blocks.heading("Interactions and tone over time"));
            box.getChildren().add(new ActivityChart(ActivitySeries.of(context.dataset().events(), shared,
                    ActorSection.CHART_BINS), true));
        }
        box.getChildren().add(Blocks.heading(DetailText.plural(shared.size(), "shared event")
                + (context.filter().isEmpty() ? "" : " that pass the filter")));
        box.getChildren().add(Blocks.events(shared, context));
        return box;
    }

    private static List<Node> relations(Selection.OfPair pair, DetailContext context) {
        List<Node> nodes = new ArrayList<>();
        for (Relation r : context.dataset().relations()) {
            boolean between = (r.from().equals(pair.first()) && r.to().equals(pair.second()))
                    || (r.from().equals(pair.second()) && r.to().equals(pair.first()));
            if (!between) {
                continue;
            }
            if (nodes.isEmpty()) {
                nodes.add(Blocks.heading("Relations"));
            }
            String direction = r.directed() ? context.dataset().actorName(r.from()) + " \u2192 "
                    + context.dataset().actorName(r.to()) : "mutual";
            VBox relation = Blocks.styled(new VBox(2), "relation");
            relation.getChildren().add(Blocks.text(r.kind() + " (" + direction + ")"
                    + (r.when() == null ? "" : ", " + DetailText.date(r.when()))
                    + (r.hasTone() ? ", tone " + ClaimText.tone(r.tone()) : "")));
            if (r.summary() != null) {
                relation.getChildren().add(Blocks.muted(r.summary()));
            }
            for (Citation c : r.citations()) {
                if (c.quote() != null) {
                    relation.getChildren().add(Blocks.styled(Blocks.text("\u201C" + c.quote() + "\u201D"), "quote"));
                }
                relation.getChildren().add(SourceBlock.line(context.dataset().source(c.source()).orElse(null), c.source(), context));
            }
            nodes.add(relation);
        }
        return nodes;
    }
}
