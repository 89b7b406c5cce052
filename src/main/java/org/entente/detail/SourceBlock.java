package org.entente.detail;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.VBox;
import org.entente.claims.ClaimText;
import org.entente.model.Source;

/** A source as one line: title, publisher and date, with its address as a link that opens only when clicked. */
final class SourceBlock {
    private SourceBlock() {
    }

    static Node line(Source source, String id, DetailContext context) {
        return line(source, id, context, true);
    }

    /** As above, the source's publisher left out when {@code withPublisher} is false (said once for a list). */
    static Node line(Source source, String id, DetailContext context, boolean withPublisher) {
        if (source == null) {
            return Blocks.muted("Unknown source \u201C" + id + "\u201D");
        }
        VBox line = new VBox(Blocks.styled(Blocks.text(ClaimText.source(source, withPublisher)), "source-title"));
        if (isWebAddress(source.url())) {
            Hyperlink open = Blocks.styled(new Hyperlink("open \u2197"), "source-url");
            Blocks.hint(open, source.url());
            open.setOnAction(e -> context.openLink().accept(source.url()));
            line.getChildren().add(open);
        }
        return line;
    }

    /** Only http and https addresses are offered to the browser; anything else stays text. */
    static boolean isWebAddress(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
