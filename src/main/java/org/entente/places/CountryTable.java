package org.entente.places;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.query.EventCountries;

/**
 * The countries a dataset names, by actor or by place, as small ints: the map keeps its totals in arrays
 * indexed by country rather than in maps keyed by code. Codes are ISO 3166-1 alpha-3, in alphabetical
 * order, so a country's number does not depend on the order of the file.
 */
public final class CountryTable {
    private final String[] codes;
    private final Map<String, Integer> numbers;

    private CountryTable(String[] codes) {
        this.codes = codes;
        numbers = new HashMap<>(codes.length * 2);
        for (int i = 0; i < codes.length; i++) {
            numbers.put(codes[i], i);
        }
    }

    public static CountryTable of(Dataset dataset) {
        Set<String> codes = new HashSet<>();
        for (Actor actor : dataset.actors()) {
            if (EventCountries.known(actor.country())) {
                codes.add(actor.country());
            }
        }
        for (Event event : dataset.events()) {
            if (event.location() != null && EventCountries.known(event.location().country())) {
                codes.add(event.location().country());
            }
        }
        String[] sorted = codes.toArray(String[]::new);
        Arrays.sort(sorted);
        return new CountryTable(sorted);
    }

    /** The number of a country code, or -1 when the dataset does not name it (or the code is null). */
    public int of(String code) {
        Integer number = code == null ? null : numbers.get(code);
        return number == null ? -1 : number;
    }

    /** The alpha-3 code of a country number. */
    public String code(int country) {
        return codes[country];
    }

    public int size() {
        return codes.length;
    }
}
