package org.entente.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FilterChipsTest {
    @Test
    void valuesOfOneChipReadAsAlternatives() {
        assertEquals("meeting", FilterWords.alternatives(List.of("meeting")));
        assertEquals("meeting or visit", FilterWords.alternatives(List.of("meeting", "visit")));
        assertEquals("letter, meeting or visit", FilterWords.alternatives(List.of("letter", "meeting", "visit")));
    }
}
