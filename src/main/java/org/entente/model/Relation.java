package org.entente.model;

import java.util.List;
import org.entente.time.When;

/** A standing relationship between two actors, such as an alliance or sanctions. {@code tone} is NaN when absent. */
public record Relation(String id, String from, String to, String kind, boolean directed, When when,
                       double tone, String summary, List<Citation> citations, Extras extras) {

    public boolean hasTone() {
        return !Double.isNaN(tone);
    }
}
