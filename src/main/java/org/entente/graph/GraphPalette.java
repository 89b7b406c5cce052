package org.entente.graph;

import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import org.entente.canvas.ToneColours;
import org.entente.model.ActorKind;
import org.entente.network.PeriodComparison;

/** The colours a frame is drawn with, as CSS resolved them, by role. */
record GraphPalette(Map<GraphPalette.Role, Color> colours) {
    /** How the graph's tokens start. */
    static final String TOKENS = "-entente-graph-";

    /**
     * Every colour the graph draws with, each set by a token in tokens.css named after it: {@code NODE_OUTLINE}
     * by {@code -entente-graph-node-outline}.
     */
    enum Role {
        BACKGROUND,
        TEXT,
        HALO,
        SELECTION,
        COOPERATIVE,
        NEUTRAL,
        CONFLICTUAL,
        MEMBERSHIP,
        PERSON,
        STATE,
        ORGANIZATION,
        GROUP,
        OTHER,
        NODE_OUTLINE,
        COMMUNITY_1,
        COMMUNITY_2,
        COMMUNITY_3,
        COMMUNITY_4,
        COMMUNITY_5,
        COMMUNITY_6,
        COMMUNITY_7,
        COMMUNITY_8,
        COMMUNITY_9,
        COMMUNITY_10,
        APPEARED,
        VANISHED,
        STRONGER,
        WEAKER,
        WARMER,
        COLDER,
        STEADY
    }

    /** In {@link ActorKind} order. */
    private static final List<Role> KINDS = List.of(Role.PERSON, Role.STATE, Role.ORGANIZATION, Role.GROUP, Role.OTHER);
    /** Communities past the tenth share grey: beyond ten, colours stop telling groups apart. */
    private static final List<Role> COMMUNITIES = List.of(Role.COMMUNITY_1, Role.COMMUNITY_2, Role.COMMUNITY_3,
            Role.COMMUNITY_4, Role.COMMUNITY_5, Role.COMMUNITY_6, Role.COMMUNITY_7, Role.COMMUNITY_8, Role.COMMUNITY_9,
            Role.COMMUNITY_10);
    /** In {@link PeriodComparison.Change} order. */
    private static final List<Role> CHANGES = List.of(Role.APPEARED, Role.VANISHED, Role.STRONGER, Role.WEAKER,
            Role.WARMER, Role.COLDER, Role.STEADY);
    static final int TONE_STEPS = 9;

    Color background() {
        return colours.get(Role.BACKGROUND);
    }

    Color text() {
        return colours.get(Role.TEXT);
    }

    Color halo() {
        return colours.get(Role.HALO);
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

    Color membership() {
        return colours.get(Role.MEMBERSHIP);
    }

    Color nodeOutline() {
        return colours.get(Role.NODE_OUTLINE);
    }

    Color kind(ActorKind kind) {
        return colours.get(KINDS.get(kind == null ? ActorKind.OTHER.ordinal() : kind.ordinal()));
    }

    Color community(int community) {
        return community >= 0 && community < COMMUNITIES.size() ? colours.get(COMMUNITIES.get(community)) : kind(ActorKind.OTHER);
    }

    /** The tone step of a mean tone: 0 conflictual (-10) through the middle to cooperative (+10); -1 when unknown. */
    static int toneStep(double tone) {
        if (Double.isNaN(tone)) {
            return -1;
        }
        return (int) Math.round((ToneColours.unit(tone) + 1) / 2 * (TONE_STEPS - 1));
    }

    /** The colour of a comparison's tie that changed so. */
    Color change(PeriodComparison.Change change) {
        return colours.get(CHANGES.get(change.ordinal()));
    }

    /** The colour of an edge's colour step: neutral (-1), a tone, or past the tones how a compared tie changed. */
    Color toneColor(int step) {
        if (step < 0) {
            return neutral();
        }
        if (step >= TONE_STEPS) {
            return change(PeriodComparison.Change.values()[step - TONE_STEPS]);
        }
        return ToneColours.at(step / (double) (TONE_STEPS - 1) * 2 - 1, conflictual(), neutral(), cooperative());
    }
}
