package org.entente.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.model.Citation;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Source;

/** What the sources of an event say about its date, and whether they disagree. */
public final class DateClaims {
    private DateClaims() {
    }

    /** One claim per source and claimed date, in citation order. */
    public static List<DateClaim> of(Event event, Dataset dataset) {
        Map<String, DateClaim> claims = new LinkedHashMap<>();
        for (Citation c : event.citations()) {
            if (c.claimedWhen() == null) {
                continue;
            }
            String title = dataset.source(c.source()).map(Source::title).orElse(c.source());
            boolean agrees = c.claimedWhen().start() < event.when().end() && c.claimedWhen().end() > event.when().start();
            claims.putIfAbsent(c.source() + "\u0000" + c.claimedWhen().text(),
                    new DateClaim(c.source(), title, c.claimedWhen(), c.credibility(), agrees));
        }
        return new ArrayList<>(claims.values());
    }

    /** True when a source gives a date that cannot be the record's. */
    public static boolean disagree(List<DateClaim> claims) {
        return claims.stream().anyMatch(claim -> !claim.agrees());
    }
}
