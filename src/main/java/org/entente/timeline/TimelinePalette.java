package org.entente.timeline;

import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import org.entente.canvas.StrataColours;
import org.entente.strata.Strata;

/** The colours a frame is drawn with, as CSS resolved them, by role. */
record TimelinePalette(Map<TimelinePalette.Role, Color> colours) {
    /** How the timeline's tokens start. */
    static final String TOKENS = "-entente-timeline-";

    /**
     * Every colour the timeline draws with, each set by a token in tokens.css named after it: {@code MAJOR_GRID}
     * by {@code -entente-timeline-major-grid}.
     */
    enum Role {
        BACKGROUND,
        ALTERNATE_LANE,
        GRID,
        MAJOR_GRID,
        TEXT,
        MUTED_TEXT,
        CURSOR,
        SELECTION,
        COOPERATIVE,
        NEUTRAL,
        CONFLICTUAL,
        DENSITY,
        PERIOD,
        GRAPH_WINDOW,
        GRAPH_WINDOW_TINT,
        NOTE,
        COMPARE_A,
        COMPARE_A_TINT,
        COMPARE_B,
        COMPARE_B_TINT,
        KIND_1,
        KIND_2,
        KIND_3,
        KIND_4,
        KIND_5,
        KIND_6,
        KIND_7,
        KIND_8
    }

    /** The slots of the named kinds, in rank order; the eighth colour is for the other kinds together. */
    private static final List<Role> KINDS = List.of(Role.KIND_1, Role.KIND_2, Role.KIND_3, Role.KIND_4, Role.KIND_5,
            Role.KIND_6, Role.KIND_7);

    Color background() {
        return colours.get(Role.BACKGROUND);
    }

    Color alternateLane() {
        return colours.get(Role.ALTERNATE_LANE);
    }

    Color grid() {
        return colours.get(Role.GRID);
    }

    Color majorGrid() {
        return colours.get(Role.MAJOR_GRID);
    }

    Color text() {
        return colours.get(Role.TEXT);
    }

    Color mutedText() {
        return colours.get(Role.MUTED_TEXT);
    }

    Color cursor() {
        return colours.get(Role.CURSOR);
    }

    Color selection() {
        return colours.get(Role.SELECTION);
    }

    Color cooperative() {
        return colours.get(Role.COOPERATIVE);
    }

    Color neutral() {
        return colours.get(Role.NEUTRAL);
    }

    Color conflictual() {
        return colours.get(Role.CONFLICTUAL);
    }

    Color density() {
        return colours.get(Role.DENSITY);
    }

    Color period() {
        return colours.get(Role.PERIOD);
    }

    Color graphWindow() {
        return colours.get(Role.GRAPH_WINDOW);
    }

    Color note() {
        return colours.get(Role.NOTE);
    }

    Color graphWindowTint() {
        return colours.get(Role.GRAPH_WINDOW_TINT);
    }

    Color compareA() {
        return colours.get(Role.COMPARE_A);
    }

    Color compareATint() {
        return colours.get(Role.COMPARE_A_TINT);
    }

    Color compareB() {
        return colours.get(Role.COMPARE_B);
    }

    Color compareBTint() {
        return colours.get(Role.COMPARE_B_TINT);
    }

    /**
     * The colour of a group of the strata: a named kind takes its slot by rank, so the dataset's commonest
     * kinds never share a colour; a tone band takes the tone at its middle.
     */
    Color group(Strata strata, int group) {
        return StrataColours.group(strata, group, slot -> colours.get(KINDS.get(slot)), colours.get(Role.KIND_8), neutral(),
                this::tone);
    }

    /** Conflictual (-10) through neutral (0) to cooperative (+10); neutral when the tone is unknown. */
    Color tone(double tone) {
        return StrataColours.tone(tone, conflictual(), neutral(), cooperative());
    }
}
