package org.entente.graph;

import java.util.List;
import javafx.scene.paint.Color;
import org.entente.model.ActorKind;

/** The colours a frame is drawn with, as CSS resolved them. */
record GraphPalette(Color background, Color text, Color halo, Color selection, Color cooperative, Color neutral,
                    Color conflictual, Color membership, List<Color> kinds, Color nodeOutline) {
    /** Communities past the tenth share grey: beyond ten, colours stop telling groups apart. */
    private static final List<Color> COMMUNITIES = List.of(Color.web("#4263eb"), Color.web("#f76707"),
            Color.web("#37b24d"), Color.web("#e03131"), Color.web("#9c36b5"), Color.web("#1098ad"),
            Color.web("#f59f00"), Color.web("#d6336c"), Color.web("#5c940d"), Color.web("#845ef7"));
    static final int TONE_STEPS = 9;

    Color kind(ActorKind kind) {
        return kinds.get(kind == null ? ActorKind.OTHER.ordinal() : kind.ordinal());
    }

    Color community(int community) {
        return community >= 0 && community < COMMUNITIES.size() ? COMMUNITIES.get(community) : kinds.get(ActorKind.OTHER.ordinal());
    }

    /** The tone step of a mean tone: 0 conflictual (-10) through the middle to cooperative (+10); -1 when unknown. */
    static int toneStep(double tone) {
        if (Double.isNaN(tone)) {
            return -1;
        }
        double t = Math.max(-1, Math.min(1, tone / 10));
        return (int) Math.round((t + 1) / 2 * (TONE_STEPS - 1));
    }

    Color toneColor(int step) {
        if (step < 0) {
            return neutral;
        }
        double t = step / (double) (TONE_STEPS - 1) * 2 - 1;
        return t < 0 ? neutral.interpolate(conflictual, -t) : neutral.interpolate(cooperative, t);
    }
}
