package org.entente.shortcuts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;

/** The one table of shortcuts: keys as typed match, and no key means two things in one place. */
class ShortcutTest {
    private static KeyEvent press(KeyCode code, boolean shift, boolean shortcut, boolean alt) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, shortcut, alt, false);
    }

    @Test
    void plusIsTypedWithOrWithoutShiftAndFromTheKeypad() {
        assertTrue(Shortcut.GRAPH_WIDEN.matches(press(KeyCode.EQUALS, true, false, false)));
        assertTrue(Shortcut.GRAPH_WIDEN.matches(press(KeyCode.EQUALS, false, false, false)));
        assertTrue(Shortcut.TIMELINE_ZOOM_IN.matches(press(KeyCode.ADD, false, false, false)));
        assertTrue(Shortcut.TIMELINE_ZOOM_OUT.matches(press(KeyCode.SUBTRACT, false, false, false)));
    }

    @Test
    void modifiersTellShortcutsApart() {
        assertTrue(Shortcut.BACK.matches(press(KeyCode.LEFT, false, false, true)));
        assertFalse(Shortcut.TIMELINE_FOCUS.matches(press(KeyCode.LEFT, false, false, true)), "Alt+Left is Back, not focus");
        assertTrue(Shortcut.TIMELINE_PAN.matches(press(KeyCode.LEFT, true, false, false)));
        assertFalse(Shortcut.TIMELINE_FOCUS.matches(press(KeyCode.LEFT, true, false, false)));
        assertTrue(Shortcut.FILTERS.matches(press(KeyCode.F, true, true, false)));
        assertFalse(Shortcut.SEARCH.matches(press(KeyCode.F, true, true, false)), "Ctrl+Shift+F is not Ctrl+F");
        assertFalse(Shortcut.GRAPH_FIT.matches(press(KeyCode.F, false, true, false)), "Ctrl+F is not the graph's F");
    }

    @Test
    void noKeyMeansTwoThingsInOnePlace() {
        List<String> clashes = new ArrayList<>();
        for (Shortcut a : Shortcut.values()) {
            for (Shortcut b : Shortcut.values()) {
                boolean samePlace = a.area() == b.area() || a.area() == Shortcut.Area.EVERYWHERE
                        || b.area() == Shortcut.Area.EVERYWHERE;
                if (a != b && samePlace && a.combinations().stream().anyMatch(c -> b.matches(typed(c)))) {
                    clashes.add(a + " / " + b);
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    /** The key press a combination describes, with its modifiers held. */
    private static KeyEvent typed(KeyCombination combination) {
        KeyCodeCombination keys = (KeyCodeCombination) combination;
        return press(keys.getCode(), keys.getShift() == KeyCombination.ModifierValue.DOWN,
                keys.getShortcut() == KeyCombination.ModifierValue.DOWN, keys.getAlt() == KeyCombination.ModifierValue.DOWN);
    }
}
