package org.entente.convert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Extras;

/**
 * The actors of an ACLED import, one per name. ACLED types each main actor by its inter code; an actor named
 * only as associated with another has no code of its own, so its kind is decided once every row is read:
 * the kind of its first inter code if some row names it as a main actor, otherwise {@code other}.
 */
final class AcledActors {
    /** The longest name part of an actor id, so that a very long name still gives a short id. */
    private static final int ID_FROM_NAME = 80;

    private static final class Draft {
        final String id;
        final String name;
        final Set<Integer> inters = new LinkedHashSet<>();

        Draft(String id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    private final Map<String, Draft> byName = new LinkedHashMap<>();
    private final Slugs ids = new Slugs("");

    /** The id of the actor with this name, noting its inter code (0 when it has none). */
    String actor(String name, int inter) {
        Draft draft = byName.computeIfAbsent(name, n -> new Draft(ids.unique(ImportText.shortened(n, ID_FROM_NAME)), n));
        if (inter > 0) {
            draft.inters.add(inter);
        }
        return draft.id;
    }

    int size() {
        return byName.size();
    }

    List<Actor> build() {
        List<Actor> actors = new ArrayList<>(byName.size());
        for (Draft draft : byName.values()) {
            Map<String, String> extras = new LinkedHashMap<>();
            if (!draft.inters.isEmpty()) {
                extras.put("x-acled-inter", "[" + String.join(",", draft.inters.stream().map(String::valueOf).toList()) + "]");
            }
            ActorKind kind = draft.inters.isEmpty() ? ActorKind.OTHER : kindOf(draft.inters.iterator().next());
            actors.add(new Actor(draft.id, draft.name, kind, List.of(), countryOf(draft.name), null, List.of(),
                    Extras.of(extras)));
        }
        return actors;
    }

    /** ACLED's names of its actor types, in the order of their codes 1 to 8. */
    private static final List<String> TYPE_NAMES = List.of("state forces", "rebel group", "political militia",
            "identity militia", "rioters", "protesters", "civilians", "external/other forces");

    /** The code of an actor type's name ("State forces", "Rebel groups": either number), or 0. */
    static int interOf(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < TYPE_NAMES.size(); i++) {
            String type = TYPE_NAMES.get(i);
            boolean singular = type.endsWith("s") && lower.equals(type.substring(0, type.length() - 1));
            if (lower.equals(type) || lower.equals(type + "s") || singular) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The kind of an ACLED actor type. State forces are the state's military, police or government, an
     * organization of that state rather than the state itself; rebel groups, political militias and external
     * forces (other states' forces, peacekeepers, private contractors) are organized armed bodies; identity
     * militias are communal, and rioters, protesters and civilians are crowds or people at large: groups.
     */
    static ActorKind kindOf(int inter) {
        return switch (inter) {
            case 1, 2, 3, 8 -> ActorKind.ORGANIZATION;
            case 4, 5, 6, 7 -> ActorKind.GROUP;
            default -> ActorKind.OTHER;
        };
    }

    /**
     * The country an ACLED actor name states, as alpha-3: "Protesters (Nigeria)", "Military Forces of Nigeria
     * (2015-2023)", "Police Forces of Kenya". Null when the name states none; the event's country is not
     * assumed, since forces of one state often act in another.
     */
    static String countryOf(String name) {
        String rest = name.strip();
        String years = null;
        if (rest.endsWith(")")) {
            int open = rest.lastIndexOf('(');
            if (open > 0) {
                String inside = rest.substring(open + 1, rest.length() - 1);
                String country = CountryNames.alpha3(inside).orElse(null);
                if (country != null) {
                    return country;
                }
                years = inside;
                rest = rest.substring(0, open).strip();
            }
        }
        if (years != null && !years.matches("[0-9]{4}-([0-9]{4})?")) {
            return null;
        }
        // The first " of " that a country follows: "Forces of Democratic Republic of Congo" is not Congo. A few
        // tries are enough for real names and keep a hostile one linear.
        int of = rest.indexOf(" of ");
        for (int tries = 0; of >= 0 && tries < 3; tries++, of = rest.indexOf(" of ", of + 4)) {
            String country = CountryNames.alpha3(rest.substring(of + 4)).orElse(null);
            if (country != null) {
                return country;
            }
        }
        return null;
    }
}
