package org.entente.briefing;

import static org.entente.briefing.Html.escape;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import org.entente.export.AtomicFile;
import org.entente.model.Event;
import org.entente.notes.NoteText;
import org.entente.time.DayFormat;

/**
 * Writes a briefing as one self-contained HTML5 file: a style block and no script, the views as PNG data
 * URIs, and every text that comes from the dataset or a note escaped. Nothing in it points outside the file,
 * so it opens the same in any browser, offline, and fetches nothing.
 */
public final class BriefingWriter {
    private static final String STYLE = style();

    private BriefingWriter() {
    }

    public static void write(Briefing briefing, Path target) throws IOException {
        byte[] bytes = html(briefing).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(target, out -> out.write(bytes));
    }

    static String html(Briefing briefing) {
        String title = briefing.dataset().title() == null ? "Untitled dataset" : briefing.dataset().title();
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Briefing: ").append(escape(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<header>\n")
                .append("<p class=\"kicker\">Briefing</p>\n<h1>").append(escape(title)).append("</h1>\n")
                .append("<p class=\"window\">").append(escape(window(briefing))).append("</p>\n");
        if (briefing.filter() != null) {
            html.append("<p class=\"filter\">Filtered: ").append(escape(briefing.filter())).append("</p>\n");
        }
        if (briefing.dataset().description() != null) {
            html.append("<p class=\"description\">").append(escape(briefing.dataset().description())).append("</p>\n");
        }
        html.append("</header>\n");
        figures(html, briefing);
        notes(html, briefing);
        events(html, briefing);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /** The window's first and last day, as the timeline's axis shows them. */
    private static String window(Briefing briefing) {
        return DayFormat.day(briefing.window().start()) + " \u2013 " + DayFormat.day(briefing.window().end() - 1);
    }

    private static void figures(StringBuilder html, Briefing briefing) {
        html.append("<section class=\"figures\">\n");
        for (Figure figure : briefing.figures()) {
            if (figure.shown()) {
                html.append("<figure><img alt=\"").append(escape(figure.name())).append("\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(figure.png())).append("\"><figcaption>")
                        .append(escape(figure.name())).append("</figcaption></figure>\n");
            } else {
                html.append("<p class=\"muted\">The ").append(escape(figure.name().toLowerCase(Locale.ROOT)))
                        .append(" was not on show when the briefing was written.</p>\n");
            }
        }
        html.append("</section>\n");
    }

    private static void notes(StringBuilder html, Briefing briefing) {
        if (briefing.notes().isEmpty()) {
            return;
        }
        html.append("<section class=\"notes\">\n<h2>Analyst\u2019s notes</h2>\n");
        for (BriefingNote note : briefing.notes()) {
            html.append("<div class=\"note\"><p class=\"about\">").append(escape(capitalised(note.about())))
                    .append(" <span class=\"muted\">\u00B7 written ").append(escape(DayFormat.dayAndTime(note.created())))
                    .append("</span></p><p class=\"note-text\">").append(escape(note.text())).append("</p></div>\n");
        }
        html.append("</section>\n");
    }

    private static void events(StringBuilder html, Briefing briefing) {
        EventPick pick = briefing.events();
        html.append("<section class=\"events\">\n<h2>").append(escape(briefing.scope())).append("</h2>\n");
        if (pick.events().isEmpty()) {
            html.append("<p class=\"muted\">No events.</p>\n");
        }
        for (Event event : pick.events()) {
            EventHtml.append(html, event, briefing.dataset());
        }
        if (pick.more() > 0) {
            html.append("<p class=\"more\">And ").append(pick.more()).append(" more event").append(pick.more() == 1 ? "" : "s")
                    .append(", left out to keep the briefing readable.</p>\n");
        }
        html.append("</section>\n");
    }

    /** "On the event …" as a sentence of its own; NoteText words it to follow a name. */
    private static String capitalised(String about) {
        return about.isEmpty() ? about : Character.toUpperCase(about.charAt(0)) + about.substring(1);
    }

    private static String style() {
        try (InputStream in = BriefingWriter.class.getResourceAsStream("briefing.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
