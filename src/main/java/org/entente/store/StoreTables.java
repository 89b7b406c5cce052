package org.entente.store;

import java.util.List;

/** The tables of a store ({@link StoreBuild}), by name: what an export copies and a remote schema must hold. */
final class StoreTables {
    static final List<String> NAMES = List.of("meta", "names", "actors", "events", "long_events", "actor_events",
            "citations", "event_ids", "sources", "relations", "periods", "title_words", "pair_months", "pair_years", "pair_starts", "span_ends",
            "pair_events", "pair_ends",
            "country_months", "day_counts", "offday_events", "offday_counts", "tag_counts", "kind_counts", "actor_kind_counts");

    private StoreTables() {
    }
}
