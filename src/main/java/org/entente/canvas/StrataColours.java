package org.entente.canvas;

import java.util.function.DoubleFunction;
import java.util.function.IntFunction;
import javafx.scene.paint.Color;
import org.entente.strata.Strata;

/**
 * How every view that colours events picks a group's colour, so that an event keeps its colour from the
 * timeline to the map: a named kind takes its slot by rank, so the dataset's commonest kinds never share
 * a colour; the other kinds share one; a tone band takes the tone at its middle; no kind or no tone is neutral.
 */
public final class StrataColours {
    private StrataColours() {
    }

    /**
     * @param kindSlot   the colour of the {@code n}th named kind
     * @param otherKinds the colour the kinds past the named ones share
     * @param tone       the colour of a tone
     */
    public static Color group(Strata strata, int group, IntFunction<Color> kindSlot, Color otherKinds, Color neutral,
                              DoubleFunction<Color> tone) {
        Strata.Stratum stratum = strata.group(group);
        return switch (stratum.role()) {
            case KIND -> kindSlot.apply(group);
            case OTHER_KINDS -> otherKinds;
            case TONE -> tone.apply((stratum.minTone() + stratum.maxTone()) / 2);
            case NO_KIND, NO_TONE -> neutral;
        };
    }

    /** Conflictual (-10) through neutral (0) to cooperative (+10); neutral when the tone is unknown. */
    public static Color tone(double tone, Color conflictual, Color neutral, Color cooperative) {
        return Double.isNaN(tone) ? neutral : ToneColours.at(ToneColours.unit(tone), conflictual, neutral, cooperative);
    }
}
