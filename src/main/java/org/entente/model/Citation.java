package org.entente.model;

import org.entente.time.When;

/**
 * The tie between a claim and its source. {@code claimedWhen} is the date the source itself gave,
 * when it differs from the record's; {@code credibility} is the Admiralty 1..6 grade, 0 when absent.
 */
public record Citation(String source, String quote, When claimedWhen, int credibility) {
    public boolean hasCredibility() {
        return credibility > 0;
    }
}
