package org.entente.briefing;

/**
 * A view as a picture in a briefing: its name ("Timeline") and its PNG bytes, or null when the view was not
 * on show, which the briefing says rather than leave a gap unexplained.
 */
public record Figure(String name, byte[] png) {
    public static Figure notShown(String name) {
        return new Figure(name, null);
    }

    public boolean shown() {
        return png != null;
    }
}
