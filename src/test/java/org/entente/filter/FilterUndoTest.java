package org.entente.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.entente.query.Filter;
import org.junit.jupiter.api.Test;

class FilterUndoTest {
    @Test
    void undoWalksBackThroughTheChangesNewestFirst() {
        FilterUndo undo = new FilterUndo();
        Filter kind = Filter.NONE.withEventKinds(Set.of("summit"));
        undo.changed(Filter.NONE);
        undo.changed(kind);
        assertEquals(kind, undo.undo());
        assertEquals(Filter.NONE, undo.undo());
        assertFalse(undo.canUndo());
        assertNull(undo.undo());
    }

    @Test
    void onlyTheLatestFiftyChangesAreKept() {
        FilterUndo undo = new FilterUndo();
        for (int i = 0; i < 60; i++) {
            undo.changed(Filter.NONE.withTags(Set.of("t" + i)));
        }
        for (int i = 59; i >= 10; i--) {
            assertEquals(Set.of("t" + i), undo.undo().tags());
        }
        assertFalse(undo.canUndo());
    }
}
