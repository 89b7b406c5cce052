package org.entente.network;

/**
 * How much of a window's graph to show, so that thousands of actors read as the few that matter: at most
 * {@code maxActors} (by weighted degree in the window), ties of at least {@code minWeight} interactions,
 * and optionally only the largest connected group or the actors with at least {@code k} neighbours among
 * the rest (the k-core), and explicit relations or only what events say. The selection and its
 * neighbours are kept whatever the limits.
 */
public record GraphLimits(int maxActors, int minWeight, Core core, int k, boolean relations) {
    /** What to keep of the actors the other limits leave. */
    public enum Core {
        ALL, LARGEST_COMPONENT, K_CORE
    }

    /** What a new graph shows: the 150 busiest actors, every tie among them. */
    public static final GraphLimits DEFAULT = new GraphLimits(150, 1, Core.ALL, 2, true);
    /** Everything in the window. */
    public static final GraphLimits NONE = new GraphLimits(Integer.MAX_VALUE, 1, Core.ALL, 2, true);

    public GraphLimits {
        if (maxActors < 1 || minWeight < 1 || k < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxActors + ", " + minWeight + ", " + k);
        }
    }

    public GraphLimits withMaxActors(int value) {
        return new GraphLimits(value, minWeight, core, k, relations);
    }

    public GraphLimits withMinWeight(int value) {
        return new GraphLimits(maxActors, value, core, k, relations);
    }

    public GraphLimits withCore(Core value, int coreK) {
        return new GraphLimits(maxActors, minWeight, value, coreK, relations);
    }

    public GraphLimits withRelations(boolean value) {
        return new GraphLimits(maxActors, minWeight, core, k, value);
    }
}
