package org.entente.network;

/** How the graph folds actors into groups, each shown as one node with the sum of its members' ties. */
public enum GroupBy {
    /** Every actor on its own. */
    NONE,
    /** A country's state, people and bodies as one: the state-to-state picture. */
    COUNTRY,
    /** States, people, organizations, groups: who deals with whom by kind. */
    KIND,
    /** The communities found in the graph on show when grouping began. */
    COMMUNITY
}
