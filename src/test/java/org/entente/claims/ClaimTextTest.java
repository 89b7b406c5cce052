package org.entente.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.entente.model.Extras;
import org.entente.model.Source;
import org.entente.time.Edtf;
import org.entente.time.EdtfDate;
import org.entente.time.EdtfException;
import org.entente.time.WhenFormat;
import org.junit.jupiter.api.Test;

/** A source as one line: what it is, who published it and when, each said once. */
class ClaimTextTest {
    @Test
    void aSourceSaysItsTitlePublisherAndDate() throws EdtfException {
        EdtfDate published = Edtf.parseDate("2025-09-03");
        assertEquals("Parade in Beijing \u00B7 Xinhua \u00B7 " + WhenFormat.format(published),
                ClaimText.source(new Source("a", "Parade in Beijing", "Xinhua", published, null, null, Extras.NONE)));
        assertEquals("a", ClaimText.source(new Source("a", null, null, null, null, null, Extras.NONE)));
    }

    /** ICEWS titles each story with its publisher's name: "Reuters News, story 47400374 · Reuters News" said it twice. */
    @Test
    void aPublisherTheTitleStartsWithIsNotSaidAgain() {
        assertEquals("Reuters News, story 47400374", ClaimText.source(new Source("s", "Reuters News, story 47400374",
                "Reuters News", null, null, null, Extras.NONE)));
    }
}
