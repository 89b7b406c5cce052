package org.entente.query;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Participant;

/**
 * The countries an event counts for, as the ISO 3166-1 alpha-3 codes datasets give ("CHN", "PRK"): the
 * country it took place in, or, when the dataset does not say, the countries of its participants. A
 * place is the better answer (Japan took part in the Beijing parade, which was held in China), and the
 * participants are the only one for the many events that have none, such as statements and letters.
 * {@link Filter} matches by it and the map counts by it, so an event counts on the map for exactly the
 * countries that filter to it.
 */
public final class EventCountries {
    private EventCountries() {
    }

    /** The distinct codes, the place's country first or the participants' in their order; empty when none is known. */
    public static Set<String> of(Event event, Dataset dataset) {
        if (event.location() != null && known(event.location().country())) {
            return Set.of(event.location().country());
        }
        Set<String> countries = new LinkedHashSet<>();
        for (Participant p : event.participants()) {
            String country = dataset.actor(p.actor()).map(Actor::country).orElse(null);
            if (known(country)) {
                countries.add(country);
            }
        }
        return Collections.unmodifiableSet(countries);
    }

    /** Whether a code names a country: a blank one says nothing. */
    public static boolean known(String country) {
        return country != null && !country.isBlank();
    }
}
