package org.entente.store;

import java.util.List;
import org.entente.model.Actor;

/**
 * What a writer hands the build besides its staging tables: the numbered texts, the actors by number
 * (null where one never came or was withdrawn), the records withdrawn ({kind ordinal, index}), whether the
 * events started before one given earlier, at most (0 when they came in time order), whether any is late (named an actor not given yet)
 * and whether any grade (a source's reliability, a claim's credibility) exists at all.
 */
record StoreInput(StoreNames names, List<Actor> actors, List<int[]> withdrawn, long disorder, boolean anyLate,
                  boolean anyGrade) {
}
