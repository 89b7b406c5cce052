package org.entente.briefing;

import static org.entente.briefing.Html.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * tone, who took part, the "sources disagree" notice when they do, and each source with its reliability and
 * its claims beneath it, each quote with its credibility, the grades the detail pane shows.
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
        html.append("<table class=\"facts\">");
        fact(html, "Kind", event.kind());
        fact(html, "Where", ClaimText.place(event.location()));
        fact(html, "Tone", event.hasTone() ? ClaimText.tone(event.tone()) : null);
        fact(html, "Who took part", participants(event, dataset));
        html.append("</table>\n");
        if (event.summary() != null) {
            html.append("<p class=\"summary\">").append(escape(event.summary())).append("</p>\n");
        }
        if (event.citations().isEmpty()) {
            html.append("<p class=\"muted\">No source is cited for this event.</p>\n");
        } else {
            html.append("<p class=\"sources-heading\">What the sources say</p>\n<ol class=\"citations\">\n");
            for (Map.Entry<String, List<Citation>> cited : bySource(event).entrySet()) {
                source(html, cited.getKey(), cited.getValue(), dataset);
            }
            html.append("</ol>\n");
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
            html.append("<tr><th>").append(name).append("</th><td>").append(escape(value)).append("</td></tr>");
        }
    }

    private static String participants(Event event, Dataset dataset) {
        List<String> names = new ArrayList<>();
        for (Participant p : event.participants()) {
            names.add(dataset.actorName(p.actor()) + (p.role() == null ? "" : " (" + p.role() + ")"));
        }
        return String.join(", ", names);
    }

    /** The citations under their sources, each source where it is first cited, so that one reads a source's claims together. */
    private static Map<String, List<Citation>> bySource(Event event) {
        Map<String, List<Citation>> sources = new LinkedHashMap<>();
        for (Citation citation : event.citations()) {
            sources.computeIfAbsent(citation.source(), id -> new ArrayList<>()).add(citation);
        }
        return sources;
    }

    /** A source, its address as text and its reliability, then each of its claims: the quote, its credibility and any date it gives. */
    private static void source(StringBuilder html, String id, List<Citation> citations, Dataset dataset) {
        Source source = dataset.source(id).orElse(null);
        html.append("<li class=\"source-claims\"><p class=\"source\">")
                .append(escape(source == null ? "Unknown source \u201C" + id + "\u201D" : ClaimText.source(source))).append("</p>");
        if (source != null && source.url() != null) {
            // The address as text: a briefing opens offline and fetches nothing, not even on a click.
            html.append("<p class=\"url\">").append(escape(source.url())).append("</p>");
        }
        html.append("<p class=\"reliability\">reliability ")
                .append(escape(ClaimText.reliability(source == null ? null : source.reliability()))).append("</p>\n");
        for (Citation citation : citations) {
            html.append("<div class=\"claim\">");
            if (citation.quote() != null) {
                html.append("<blockquote>\u201C").append(escape(citation.quote())).append("\u201D</blockquote>");
            }
            String grade = "credibility " + ClaimText.credibility(citation.credibility())
                    + (citation.claimedWhen() == null ? "" : " \u00B7 dates it " + WhenFormat.format(citation.claimedWhen()));
            html.append("<p class=\"grades\">").append(escape(grade)).append("</p></div>\n");
        }
        html.append("</li>\n");
    }
}
