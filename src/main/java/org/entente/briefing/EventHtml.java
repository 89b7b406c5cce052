package org.entente.briefing;

import static org.entente.briefing.Html.escape;

import java.util.ArrayList;
import java.util.List;
import org.entente.claims.ClaimText;
import org.entente.claims.DateClaim;
import org.entente.claims.DateClaims;
import org.entente.model.Citation;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Participant;
import org.entente.model.Source;
import org.entente.time.WhenFormat;

/**
 * One event of a briefing as an {@code <article>}: its date as shown and as written, title, kind, place and
 * tone, who took part, the "sources disagree" notice when they do, and each citation with its quote under
 * its source and grades, as the detail pane shows them.
 */
final class EventHtml {
    private EventHtml() {
    }

    static void append(StringBuilder html, Event event, Dataset dataset) {
        html.append("<article class=\"event\" id=\"").append(escape("event-" + event.id())).append("\">\n");
        html.append("<p class=\"date\">").append(escape(WhenFormat.format(event.when())))
                .append(" <span class=\"muted\">written \u201C").append(escape(event.when().text())).append("\u201D</span></p>\n");
        html.append("<h3>").append(escape(event.title())).append("</h3>\n");
        List<DateClaim> claims = DateClaims.of(event, dataset);
        if (DateClaims.disagree(claims)) {
            disagreement(html, event, claims);
        }
        html.append("<dl class=\"facts\">");
        fact(html, "Kind", event.kind());
        fact(html, "Where", ClaimText.place(event.location()));
        fact(html, "Tone", event.hasTone() ? ClaimText.tone(event.tone()) : null);
        fact(html, "Who took part", participants(event, dataset));
        html.append("</dl>\n");
        if (event.summary() != null) {
            html.append("<p class=\"summary\">").append(escape(event.summary())).append("</p>\n");
        }
        html.append("<ol class=\"citations\">\n");
        for (Citation citation : event.citations()) {
            citation(html, citation, dataset);
        }
        html.append("</ol>\n");
        if (event.citations().isEmpty()) {
            html.append("<p class=\"muted\">No source is cited for this event.</p>\n");
        }
        html.append("</article>\n");
    }

    /** What each source says of the date, when one says a date the record's cannot be. */
    private static void disagreement(StringBuilder html, Event event, List<DateClaim> claims) {
        html.append("<div class=\"disagree\"><p class=\"disagree-title\">\u26A0 Sources disagree on the date</p>\n<ul>");
        html.append("<li>The record gives ").append(escape(WhenFormat.format(event.when()))).append(".</li>\n");
        for (DateClaim claim : claims) {
            html.append("<li>\u201C").append(escape(claim.sourceTitle())).append("\u201D says <strong>")
                    .append(escape(WhenFormat.format(claim.claimed()))).append("</strong>")
                    .append(claim.credibility() > 0 ? " (credibility " + escape(ClaimText.credibility(claim.credibility())) + ")" : "")
                    .append(claim.agrees() ? "" : " \u2014 does not match").append("</li>\n");
        }
        html.append("</ul></div>\n");
    }

    private static void fact(StringBuilder html, String name, String value) {
        if (value != null && !value.isBlank()) {
            html.append("<dt>").append(name).append("</dt><dd>").append(escape(value)).append("</dd>");
        }
    }

    private static String participants(Event event, Dataset dataset) {
        List<String> names = new ArrayList<>();
        for (Participant p : event.participants()) {
            names.add(dataset.actorName(p.actor()) + (p.role() == null ? "" : " (" + p.role() + ")"));
        }
        return String.join(", ", names);
    }

    private static void citation(StringBuilder html, Citation citation, Dataset dataset) {
        html.append("<li class=\"citation\">");
        if (citation.quote() != null) {
            html.append("<blockquote>\u201C").append(escape(citation.quote())).append("\u201D</blockquote>");
        }
        Source source = dataset.source(citation.source()).orElse(null);
        html.append("<p class=\"source\">").append(escape(source == null ? "Unknown source \u201C" + citation.source() + "\u201D" : ClaimText.source(source))).append("</p>");
        if (source != null && source.url() != null) {
            // The address as text: a briefing opens offline and fetches nothing, not even on a click.
            html.append("<p class=\"url\">").append(escape(source.url())).append("</p>");
        }
        List<String> grades = new ArrayList<>();
        grades.add("reliability " + ClaimText.reliability(source == null ? null : source.reliability()));
        grades.add("credibility " + ClaimText.credibility(citation.credibility()));
        if (citation.claimedWhen() != null) {
            grades.add("dates it " + WhenFormat.format(citation.claimedWhen()));
        }
        html.append("<p class=\"grades\">").append(escape(String.join(" \u00B7 ", grades))).append("</p></li>\n");
    }
}
