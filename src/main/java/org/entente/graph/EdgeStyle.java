package org.entente.graph;

import org.entente.network.ComparisonScene;
import org.entente.network.GraphScene;
import org.entente.network.PeriodComparison;

/**
 * An edge's look packed into one small number, so that a frame can stroke all edges of one look as a
 * single path: width step, line pattern, opacity step and colour step (a tone, or a compared tie's change). Keys sort thin before thick, so
 * heavy edges end up on top.
 */
final class EdgeStyle {
    static final int WIDTHS = 8;
    static final int PATTERNS = 4;
    static final int SOLID = 0;
    static final int DASHED = 1;
    static final int DOTTED = 2;
    /** A relation of unknown period: long dash, dot. */
    static final int DASH_DOT = 3;
    static final double[] DASH_DOT_PATTERN = {9, 3, 2, 3};
    static final int OPACITIES = 4;
    /** Colour steps: neutral, the tones, and one per way a compared tie can change. */
    static final int TONES = GraphPalette.TONE_STEPS + 1 + PeriodComparison.Change.values().length;
    static final int KEYS = WIDTHS * PATTERNS * OPACITIES * TONES;

    private EdgeStyle() {
    }

    /** The width step of an edge: one pixel for the lightest, growing with the square root of its share of the heaviest. */
    static int widthStep(int count, int maxCount) {
        if (maxCount <= 1) {
            return 0;
        }
        double share = Math.sqrt((count - 1) / (double) (maxCount - 1));
        return Math.min(WIDTHS - 1, (int) Math.round(share * (WIDTHS - 1)));
    }

    /** How opaque a tie of this width step is drawn: the lightest at half, the heaviest whole. */
    static double strengthOpacity(int widthStep) {
        return 0.5 + 0.5 * widthStep / (WIDTHS - 1.0);
    }

    /**
     * How opaque an edge is drawn: by its strength, except that a compared tie that changed is drawn whole
     * however light, since the change is what the comparison is for.
     */
    static double strengthOpacity(int widthStep, int flags) {
        PeriodComparison.Change change = ComparisonScene.change(flags);
        return change == null || change == PeriodComparison.Change.STEADY ? strengthOpacity(widthStep) : 1;
    }

    static double width(int widthStep) {
        return 1 + widthStep * 0.85;
    }

    static int pattern(int flags) {
        if (ComparisonScene.change(flags) == PeriodComparison.Change.VANISHED) {
            return DASHED;
        }
        if ((flags & GraphScene.MEMBERSHIP_ONLY) != 0) {
            return DOTTED;
        }
        if ((flags & GraphScene.PERIOD_UNKNOWN) != 0) {
            return DASH_DOT;
        }
        return (flags & GraphScene.WEAK_ONLY) != 0 ? DASHED : SOLID;
    }

    /**
     * The colour step of an edge: its tone's (see {@link GraphPalette#toneStep}), or, while comparing two
     * periods, the step past the tones that stands for how its tie changed.
     */
    static int colourStep(double tone, int flags) {
        PeriodComparison.Change change = ComparisonScene.change(flags);
        return change == null ? GraphPalette.toneStep(tone) : GraphPalette.TONE_STEPS + change.ordinal();
    }

    static int opacityStep(double alpha) {
        return Math.max(0, Math.min(OPACITIES - 1, (int) Math.ceil(alpha * OPACITIES) - 1));
    }

    static double opacity(int opacityStep) {
        return (opacityStep + 1) / (double) OPACITIES;
    }

    static int key(int widthStep, int pattern, int opacityStep, int toneStep) {
        return ((widthStep * PATTERNS + pattern) * OPACITIES + opacityStep) * TONES + (toneStep + 1);
    }

    static int widthStepOf(int key) {
        return key / (PATTERNS * OPACITIES * TONES);
    }

    static int patternOf(int key) {
        return key / (OPACITIES * TONES) % PATTERNS;
    }

    static int opacityStepOf(int key) {
        return key / TONES % OPACITIES;
    }

    static int toneStepOf(int key) {
        return key % TONES - 1;
    }
}
