package org.entente.claims;

import org.entente.time.When;

/**
 * The date one source gives for an event, when it gives one of its own; {@code agrees} is false when
 * the claimed date cannot overlap the record's, as when one article puts a parade in the wrong year.
 */
public record DateClaim(String sourceId, String sourceTitle, When claimed, int credibility, boolean agrees) {
}
