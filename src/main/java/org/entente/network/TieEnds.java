package org.entente.network;

/**
 * Ties between numbered nodes, by tie number: which two nodes each joins. The dataset's pairs of actors
 * are such ties, and so are the rows of a window's ties once actors fold into groups; the limits work on
 * either.
 */
public interface TieEnds {
    /** Nodes are numbered from 0 to this, exclusive. */
    int nodeCount();

    /** The lower node of a tie. */
    int first(int tie);

    /** The higher node of a tie. */
    int second(int tie);
}
