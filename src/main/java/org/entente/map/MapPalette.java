package org.entente.map;

import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import org.entente.canvas.StrataColours;
import org.entente.strata.Strata;

/** The colours a map frame is drawn with, as CSS resolved them, by role. */
record MapPalette(Map<MapPalette.Role, Color> colours) {
    /** How the map's tokens start. */
    static final String TOKENS = "-entente-map-";

    /**
     * Every colour the map draws with, each set by a token in tokens.css named after it: {@code SHADE_LOW}
     * by {@code -entente-map-shade-low}. The kinds' colours are the timeline's, so an event keeps its colour.
     */
    enum Role {
        BACKGROUND,
        OCEAN,
        LAND,
        BORDER,
        GRATICULE,
        TEXT,
        HALO,
        SELECTION,
        COOPERATIVE,
        NEUTRAL,
        CONFLICTUAL,
        SHADE_LOW,
        SHADE_HIGH,
        FLOW,
        MARK_OUTLINE,
        KIND_1,
        KIND_2,
        KIND_3,
        KIND_4,
        KIND_5,
        KIND_6,
        KIND_7,
        KIND_8
    }

    private static final List<Role> KINDS = List.of(Role.KIND_1, Role.KIND_2, Role.KIND_3, Role.KIND_4, Role.KIND_5,
            Role.KIND_6, Role.KIND_7);

    Color get(Role role) {
        return colours.get(role);
    }

    /** The colour of a group of the strata, as the timeline gives it. */
    Color group(Strata strata, int group) {
        return StrataColours.group(strata, group, slot -> colours.get(KINDS.get(slot)), colours.get(Role.KIND_8),
                colours.get(Role.NEUTRAL), this::tone);
    }

    /** Conflictual (-10) through neutral (0) to cooperative (+10); neutral when the tone is unknown. */
    Color tone(double tone) {
        return StrataColours.tone(tone, colours.get(Role.CONFLICTUAL), colours.get(Role.NEUTRAL), colours.get(Role.COOPERATIVE));
    }

    /**
     * How many shades a country can take. Classes rather than a continuous ramp: the eye compares a
     * handful of steps against the legend reliably, and a country keeps its shade while the cursor moves
     * a little, so the land need not be drawn again at every step.
     */
    static final int SHADES = 7;
    /** Tones are shaded in steps of this much on the scale of -10 to +10. */
    private static final double TONE_STEP = 0.5;

    /** The shade of a country holding {@code share} (0 to 1) of the most any country holds, in one of {@link #SHADES} classes. */
    Color shade(double share) {
        int shadeClass = (int) Math.min(SHADES - 1, Math.floor(Math.max(0, share) * SHADES));
        return colours.get(Role.SHADE_LOW).interpolate(colours.get(Role.SHADE_HIGH), shadeClass / (SHADES - 1.0));
    }

    /** The shade of a country by its events' mean tone, in steps of half a point. */
    Color toneShade(double tone) {
        return tone(Math.round(tone / TONE_STEP) * TONE_STEP);
    }
}
