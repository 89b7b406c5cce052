package org.entente.model;

import org.entente.time.EdtfDate;

/** A document that events and relations cite. Optional parts are null when absent. */
public record Source(String id, String title, String publisher, EdtfDate published, String url,
                     Reliability reliability, Extras extras) {
}
