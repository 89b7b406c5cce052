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

    /** The shade of a country holding {@code share} (0 to 1) of the most any country holds. */
    Color shade(double share) {
        return colours.get(Role.SHADE_LOW).interpolate(colours.get(Role.SHADE_HIGH), Math.max(0, Math.min(1, share)));
    }
}
