package org.entente.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The people a visit's free-text visitor names. Mostly one ("Prime Minister Benjamin Netanyahu"); some
 * visits list two, joined by "and" or a comma ("President Stjepan Mesic and Prime Minister Ivica Racan").
 * The text is split there only when every part has at least two words, so that "Premier and Prince
 * Sihanouk" stays one person and "President Tommy E. Remengesau, Jr." keeps its suffix.
 */
final class VisitorNames {
    private static final Pattern JOINS = Pattern.compile(",\\s+|\\s+and\\s+");

    private VisitorNames() {
    }

    static List<String> of(String visitor) {
        List<String> parts = new ArrayList<>();
        for (String part : JOINS.split(visitor)) {
            String name = part.strip();
            if (name.split("\\s+").length < 2) {
                return List.of(visitor);
            }
            parts.add(name);
        }
        return parts;
    }
}
