package org.entente.convert;

import java.util.List;

/**
 * The columns of ACLED's current codebook, as its header names them. Columns it does not list (such as the
 * older exports' {@code event_id_no_cnty} or {@code iso3}) are extras, kept on the events.
 */
final class AcledColumns {
    static final String EVENT_ID = "event_id_cnty";
    static final String EVENT_DATE = "event_date";
    static final List<String> KNOWN = List.of(EVENT_ID, EVENT_DATE, "year", "time_precision", "disorder_type",
            "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
            "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
            "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
            "tags", "timestamp");

    private AcledColumns() {
    }

    static NamedColumns of(List<String> header) {
        return new NamedColumns(header, KNOWN, List.of(EVENT_ID, EVENT_DATE));
    }
}
