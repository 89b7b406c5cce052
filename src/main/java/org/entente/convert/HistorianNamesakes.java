package org.entente.convert;

import java.util.List;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.entente.time.When;

/**
 * Visitors whom the Office of the Historian writes exactly alike though they are two people: the same
 * title and name from the same country, decades apart. The data cannot tell them apart, so this table
 * does, by the year of the visit; each gets his life years after his name. Everyone else is one person
 * per spelling and country (see {@link HistorianActors}).
 */
final class HistorianNamesakes {
    /** Visits of {@code name} from {@code country} before {@code splitYear} are {@code earlier}'s, the rest {@code later}'s. */
    private record Namesake(String country, String name, int splitYear, String earlier, String later) {
        boolean isEarlier(When when) {
            try {
                return when.start() < Edtf.parse(String.format("%04d", splitYear)).start();
            } catch (EdtfException e) {
                throw new IllegalStateException("the table's year " + splitYear + " is not a year", e);
            }
        }
    }

    private static final List<Namesake> TABLE = List.of(
            new Namesake("ISL", "Prime Minister Bjarni Benediktsson", 2000, "1908–1970", "born 1970"),
            new Namesake("GRC", "Prime Minister Konstantinos Karamanlis", 2000, "1907–1998", "born 1956"),
            new Namesake("COL", "President-elect Ospina", 1930, "Pedro Nel Ospina, 1858–1927",
                    "Mariano Ospina Pérez, 1891–1976"));

    private HistorianNamesakes() {
    }

    /** Who among namesakes the visitor is, as the words to add to his name, or null when he has none. */
    static String distinction(String country, String name, When when) {
        for (Namesake namesake : TABLE) {
            if (namesake.name.equals(name) && namesake.country.equals(country)) {
                return namesake.isEarlier(when) ? namesake.earlier : namesake.later;
            }
        }
        return null;
    }
}
