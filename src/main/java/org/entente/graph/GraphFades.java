package org.entente.graph;

import org.entente.index.IntList;
import org.entente.network.GraphScene;
import org.entente.network.LeavingEdges;

/**
 * Opacity over time for what enters and leaves the graph: a new scene's nodes and edges fade in where
 * the layout places them, and those it drops fade out where they were instead of vanishing. A frame costs
 * what is on show plus what is still fading, never the size of the dataset.
 */
public final class GraphFades {
    /** Seconds for a full fade. */
    static final double DURATION = 0.35;

    private final float[] actorAlpha;
    private final int[] actorShown;
    private final float[] pairAlpha;
    private final int[] pairShown;
    private int generation;
    private GraphScene scene = GraphScene.EMPTY;
    private final IntList leavingActors = new IntList();
    private final LeavingEdges leavingEdges = new LeavingEdges();

    public GraphFades(int actors, int pairs) {
        actorAlpha = new float[actors];
        actorShown = new int[actors];
        pairAlpha = new float[pairs];
        pairShown = new int[pairs];
    }

    /** Shows a new scene: what the one before showed and this one does not starts fading out. */
    public void show(GraphScene next) {
        generation++;
        for (int slot = 0; slot < next.nodeCount(); slot++) {
            actorShown[next.node(slot)] = generation;
        }
        for (int e = 0; e < next.edgeCount(); e++) {
            pairShown[next.pair(e)] = generation;
        }
        leavingActors.removeIf(actor -> actorShown[actor] == generation);
        leavingEdges.removeIf(pair -> pairShown[pair] == generation);
        for (int slot = 0; slot < scene.nodeCount(); slot++) {
            int actor = scene.node(slot);
            if (actorShown[actor] != generation) {
                leavingActors.add(actor);
            }
        }
        for (int e = 0; e < scene.edgeCount(); e++) {
            if (pairShown[scene.pair(e)] != generation) {
                leavingEdges.add(scene, e);
            }
        }
        scene = next;
    }

    /** Moves every fade on by {@code seconds}; true while something is still fading. */
    public boolean advance(double seconds) {
        float step = (float) (seconds / DURATION);
        boolean fading = false;
        for (int slot = 0; slot < scene.nodeCount(); slot++) {
            fading |= fadeIn(actorAlpha, scene.node(slot), step);
        }
        for (int e = 0; e < scene.edgeCount(); e++) {
            fading |= fadeIn(pairAlpha, scene.pair(e), step);
        }
        leavingActors.removeIf(actor -> fadeOut(actorAlpha, actor, step));
        leavingEdges.removeIf(pair -> fadeOut(pairAlpha, pair, step));
        return fading || leavingActors.size() > 0 || leavingEdges.size() > 0;
    }

    /** Shows everything at its final opacity at once, for a still picture. */
    public void finish() {
        advance(DURATION);
        advance(DURATION);
        advance(DURATION);
    }

    private static boolean fadeIn(float[] alpha, int index, float step) {
        if (alpha[index] >= 1) {
            return false;
        }
        alpha[index] = Math.min(1, alpha[index] + step);
        return true;
    }

    /** Fades out; true once gone. */
    private static boolean fadeOut(float[] alpha, int index, float step) {
        alpha[index] = Math.max(0, alpha[index] - step);
        return alpha[index] == 0;
    }

    public GraphScene scene() {
        return scene;
    }

    public float actorAlpha(int actor) {
        return actorAlpha[actor];
    }

    public float pairAlpha(int pair) {
        return pairAlpha[pair];
    }

    /** Actors no longer shown, still fading out. */
    public IntList leavingActors() {
        return leavingActors;
    }

    /** Edges no longer shown, still fading out, with how they were drawn. */
    public LeavingEdges leavingEdges() {
        return leavingEdges;
    }
}
