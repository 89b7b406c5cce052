package org.entente.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.entente.model.Source;
import org.entente.time.WhenFormat;

/** A source as one line: title, publisher and date, with its address as a link that opens only when clicked. */
final class SourceBlock {
    private SourceBlock() {
    }

    static Node line(Source source, String id, DetailContext context) {
        if (source == null) {
            return Blocks.muted("Unknown source \u201C" + id + "\u201D");
        }
        List<String> parts = new ArrayList<>();
        parts.add(source.title() == null ? source.id() : source.title());
        if (source.publisher() != null) {
            parts.add(source.publisher());
        }
        if (source.published() != null) {
            parts.add(WhenFormat.format(source.published()));
        }
        VBox line = new VBox(Blocks.styled(Blocks.text(String.join(" \u00B7 ", parts)), "source-title"));
        if (isWebAddress(source.url())) {
            Hyperlink open = Blocks.styled(new Hyperlink("open \u2197"), "source-url");
            open.setTooltip(new Tooltip(source.url()));
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
