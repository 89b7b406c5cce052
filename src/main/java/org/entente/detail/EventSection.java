package org.entente.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.entente.claims.ClaimText;
import org.entente.claims.DateClaim;
import org.entente.claims.DateClaims;
import org.entente.codes.CodeLabels;
import org.entente.model.Citation;
import org.entente.model.Code;
import org.entente.model.Event;
import org.entente.model.Participant;
import org.entente.model.Source;
import org.entente.query.Filter;
import org.entente.state.Selection;

/** An event: when (as written and as resolved), what, where, who, its codes and tags, and every source with its quote. */
final class EventSection {
    private EventSection() {
    }

    static Node of(Event event, DetailContext context) {
        VBox box = Blocks.section(Blocks.title(event.title()));
        box.getStyleClass().add("event-detail");
        box.getChildren().add(Blocks.text(DetailText.date(event.when()) + "   \u00B7   written \u201C" + event.when().text() + "\u201D"));
        box.getChildren().add(Blocks.muted("Resolves " + DetailText.resolved(event.when())));
        List<DateClaim> claims = DateClaims.of(event, context.dataset());
        if (DateClaims.disagree(claims)) {
            box.getChildren().add(disagreement(event, claims));
        }
        box.getChildren().add(Blocks.facts(new String[][] {
            {"Kind", event.kind()},
            {"Where", ClaimText.place(event.location())},
            {"Tone", event.hasTone() ? ClaimText.tone(event.tone()) : null}}));
        if (event.summary() != null) {
            box.getChildren().add(Blocks.text(event.summary()));
        }
        box.getChildren().addAll(participants(event, context));
        if (!event.codes().isEmpty() || !event.tags().isEmpty()) {
            box.getChildren().add(Blocks.heading("Codes and tags"));
            box.getChildren().add(codesAndTags(event, context));
        }
        box.getChildren().add(Blocks.heading(DetailText.plural(event.citations().size(), "source citation")));
        if (event.citations().isEmpty()) {
            box.getChildren().add(Blocks.muted("No source is cited for this event."));
        }
        for (Citation citation : event.citations()) {
            box.getChildren().add(citation(citation, context));
        }
        box.getChildren().addAll(ExtrasBlock.of(event.extras().fields()));
        return box;
    }

    /** The notice that sources give dates that cannot all be right, naming what each says. */
    private static Node disagreement(Event event, List<DateClaim> claims) {
        VBox notice = Blocks.styled(new VBox(2), "sources-disagree");
        notice.getChildren().add(Blocks.styled(new Label("\u26A0 Sources disagree on the date"), "sources-disagree-title"));
        notice.getChildren().add(Blocks.text("The record gives " + DetailText.date(event.when()) + "."));
        for (DateClaim claim : claims) {
            notice.getChildren().add(Blocks.text("\u201C" + claim.sourceTitle() + "\u201D says " + DetailText.date(claim.claimed())
                    + (claim.credibility() > 0 ? " (credibility " + ClaimText.credibility(claim.credibility()) + ")" : "")
                    + (claim.agrees() ? "" : " \u2014 does not match")));
        }
        return notice;
    }

    private static List<Node> participants(Event event, DetailContext context) {
        List<Node> nodes = new ArrayList<>();
        if (event.participants().isEmpty()) {
            return nodes;
        }
        nodes.add(Blocks.heading("Who took part"));
        List<Node> links = new ArrayList<>();
        for (Participant p : event.participants()) {
            String name = context.dataset().actorName(p.actor());
            links.add(Blocks.link(name + (p.role() == null ? "" : " (" + p.role() + ")"), context, Selection.actor(p.actor())));
        }
        nodes.add(Blocks.flow(links.toArray(Node[]::new)));
        return nodes;
    }

    /** Codes in words, with the scheme and code in a tooltip; tags as links that narrow every view to that tag. */
    private static Node codesAndTags(Event event, DetailContext context) {
        List<Node> nodes = new ArrayList<>();
        for (Code code : event.codes()) {
            String raw = CodeLabels.scheme(code.scheme()) + " " + code.code();
            String words = CodeLabels.label(code);
            Label chip = Blocks.styled(new Label(words == null ? raw : words), "detail-code");
            chip.setTooltip(new Tooltip(words == null ? code.scheme() + " " + code.code() : raw + ": " + words));
            nodes.add(chip);
        }
        for (String tag : event.tags()) {
            Hyperlink link = Blocks.styled(new Hyperlink("#" + tag), "detail-tag");
            link.setOnAction(e -> {
                Filter filter = context.state().getFilter();
                context.state().setFilter(filter.withTags(Set.of(tag)));
            });
            nodes.add(link);
        }
        return Blocks.flow(nodes.toArray(Node[]::new));
    }

    private static Node citation(Citation citation, DetailContext context) {
        VBox box = Blocks.styled(new VBox(2), "citation");
        if (citation.quote() != null) {
            box.getChildren().add(Blocks.styled(Blocks.text("\u201C" + citation.quote() + "\u201D"), "quote"));
        }
        Source source = context.dataset().source(citation.source()).orElse(null);
        box.getChildren().add(SourceBlock.line(source, citation.source(), context));
        List<String> grades = new ArrayList<>();
        grades.add("reliability " + ClaimText.reliability(source == null ? null : source.reliability()));
        grades.add("credibility " + ClaimText.credibility(citation.credibility()));
        if (citation.claimedWhen() != null) {
            grades.add("dates it " + DetailText.date(citation.claimedWhen()));
        }
        box.getChildren().add(Blocks.muted(String.join(" \u00B7 ", grades)));
        return box;
    }
}
