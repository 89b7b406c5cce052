package org.entente.store;

import java.util.List;
import org.entente.model.Actor;

/**
 * What a writer hands the build besides its staging tables: the numbered texts, the actors by number
 * (null where one never came or was withdrawn), the records withdrawn ({kind ordinal, index}), whether the
 * any event came well out of time order (then those are sorted apart), whether any is late (named an actor not given yet)
 * and whether any grade (a source's reliability, a claim's credibility) exists at all.
 */
record StoreInput(StoreNames names, List<Actor> actors, List<int[]> withdrawn, boolean anyEarly, boolean anyLate,
                  boolean anyGrade) {
}
