package org.entente.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.entente.model.Code;
import org.junit.jupiter.api.Test;

class CodeLabelsTest {
    @Test
    void cameoCodesOfEveryLevelReadAsTheCodebookSaysThem() {
        assertEquals("Make a visit", CodeLabels.label(new Code("cameo", "042")));
        assertEquals("Consult", CodeLabels.label(new Code("cameo-root", "04")));
        assertEquals("CAMEO root", CodeLabels.scheme("cameo-root"));
    }

    @Test
    void quadClassAndPloverHaveWordsToo() {
        assertEquals("Material conflict", CodeLabels.label(new Code("quadclass", "4")));
        assertEquals("Sanction", CodeLabels.label(new Code("PLOVER", "sanction")));
        assertEquals("PLOVER", CodeLabels.scheme("plover"));
    }

    @Test
    void anUnknownSchemeOrCodeHasNoLabelAndKeepsItsName() {
        assertNull(CodeLabels.label(new Code("cameo", "9999")));
        assertNull(CodeLabels.label(new Code("acme", "7")));
        assertEquals("acme", CodeLabels.scheme("acme"));
    }
}
