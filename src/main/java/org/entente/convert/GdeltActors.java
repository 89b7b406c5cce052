package org.entente.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.bytes.ByteKeyedCache;
import org.entente.codes.CodeTable;
import org.entente.model.ActorKind;

/**
 * Turns a row's block of actor columns into an actor. GDELT does not identify actors; an actor here is its
 * name together with its full CAMEO actor code, which holds its country and its role and type codes: the
 * "GOVERNMENT" coded ISRGOV and the one coded NGAGOV are two actors, "Government (Israel)" and
 * "Government (Nigeria)". Where the name only repeats the code, its country or its first role (ISRAEL,
 * ISRAELI or GOVERNMENT coded ISRGOV), the code alone is the identity; an actor coded with its country
 * alone (ISR) is that country's state.
 *
 * <p>The kind follows from the codes, in this order: a known IGO/NGO/rebel group code makes an
 * organization; a first type code naming an institution (government, military, police, judiciary,
 * legislature, party, intelligence, business, media, education, health, IGO, NGO) makes an organization,
 * any other type code (rebels, opposition, civilians, refugees, labour, elites...) a group; a code that is
 * a country's code alone makes a state (a region's, other); an ethnic or religious code alone makes a
 * group; anything else is other. CAMEO codes leaders by role (GEORGE W BUSH is USAGOV), so a person cannot
 * be told from an office and no actor is made a person.
 */
final class GdeltActors {
    private static final Set<String> INSTITUTIONS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "PTY", "SPY", "BUS",
            "MNC", "MED", "EDU", "HLH", "IGO", "NGO");
    private static final CodeTable ROLES = CodeTable.load("cameo-actor-types.tsv");

    /**
     * The actors made so far, by the bytes of the columns they were made from: a file names the same few
     * thousand actors in millions of rows, and a label is worth making once.
     */
    private final ByteKeyedCache<Optional<GdeltActor>> made = new ByteKeyedCache<>(1 << 16);

    /** The actor of the block starting at column {@code first}, or null when its code and name are both empty. */
    GdeltActor read(TabFields row, int first) {
        int from = row.start(first);
        int to = row.end(first + GdeltColumns.ACTOR_TYPE1);
        Optional<GdeltActor> actor = made.get(row.line(), from, to);
        if (actor == null) {
            actor = Optional.ofNullable(make(row, first));
            made.put(row.line(), from, to, actor);
        }
        return actor.orElse(null);
    }

    private static GdeltActor make(TabFields row, int first) {
        String code = row.text(first + GdeltColumns.ACTOR_CODE);
        String name = row.text(first + GdeltColumns.ACTOR_NAME);
        if (code.isEmpty() && name.isEmpty()) {
            return null;
        }
        String country = row.text(first + GdeltColumns.ACTOR_COUNTRY);
        String knownGroup = row.text(first + GdeltColumns.ACTOR_KNOWN_GROUP);
        String type = row.text(first + GdeltColumns.ACTOR_TYPE1);
        boolean ethnicOrReligious = !row.text(first + GdeltColumns.ACTOR_ETHNIC).isEmpty()
                || !row.text(first + GdeltColumns.ACTOR_RELIGION1).isEmpty();
        return make(code, name, country, knownGroup, type, ethnicOrReligious);
    }

    private static GdeltActor make(String code, String name, String country, String knownGroup, String type,
                                   boolean ethnicOrReligious) {
        String iso = CameoCountries.iso3OrNull(country);
        ActorKind kind = kind(code, country, iso, knownGroup, type, ethnicOrReligious);
        if (kind == ActorKind.STATE) {
            String label = CameoCountries.countryName(iso);
            return new GdeltActor("state\t" + iso, iso, label, label, name, kind, iso, code, country);
        }
        String where = iso != null ? CameoCountries.countryName(iso) : country.isEmpty() ? null : region(country);
        List<String> roles = roles(code, country);
        if (!roles.isEmpty() && saysNoMoreThanItsCode(name, roles.get(0), iso, where)) {
            String label = String.join(" / ", roles) + " (" + (where == null ? "no country" : where) + ")";
            return new GdeltActor("code\t" + code, code, label, label, name, kind, iso, code, country);
        }
        String shownName = name.isEmpty() ? code : name;
        String readable = GdeltNames.readable(shownName, !knownGroup.isEmpty());
        String key = shownName + "\t" + code;
        String idBase = code.isEmpty() ? shownName : shownName + " " + code;
        if (!knownGroup.isEmpty()) {
            return new GdeltActor(key, idBase, readable, readable, name, kind, iso, code, country);
        }
        // The name is mostly the role GDELT matched first (PRESIDENT for GOV): the country says which, and
        // the other roles too where two actors would read alike.
        String place = where != null ? (readable.equalsIgnoreCase(where) ? null : where)
                : roles.isEmpty() ? null : "no country";
        return new GdeltActor(key, idBase, qualified(readable, roles.subList(Math.min(1, roles.size()), roles.size()), place),
                qualified(readable, roles, place), name, kind, iso, code, country);
    }

    /**
     * Whether the name only repeats what the code says: its country (ISRAEL or ISRAELI coded ISRGOV) or its
     * first role (GOVERNMENT coded ISRGOV), so that the code alone tells the actor.
     */
    private static boolean saysNoMoreThanItsCode(String name, String firstRole, String iso, String where) {
        return name.isEmpty() || name.equalsIgnoreCase(firstRole) || name.equalsIgnoreCase(where)
                || iso != null && CameoCountries.namesCountry(name, iso);
    }

    private static String qualified(String name, List<String> roles, String place) {
        List<String> qualifiers = new ArrayList<>(roles);
        if (place != null) {
            qualifiers.add(place);
        }
        return qualifiers.isEmpty() ? name : name + " (" + String.join(", ", qualifiers) + ")";
    }

    /** A region's name (Africa for AFR), or the code as written when CAMEO's list of countries has no such code. */
    private static String region(String country) {
        String region = CameoCountries.region(country);
        return region != null ? region : country;
    }

    /** Labels of the role and type parts of an actor code, its three-letter parts other than its country. */
    private static List<String> roles(String code, String country) {
        List<String> roles = new ArrayList<>();
        if (code.length() % 3 != 0) {
            return roles;
        }
        boolean countrySeen = false;
        for (int i = 0; i < code.length(); i += 3) {
            String part = code.substring(i, i + 3);
            if (!countrySeen && part.equals(country)) {
                countrySeen = true;
                continue;
            }
            String label = ROLES.get(part);
            if (label != null) {
                roles.add(label);
            }
        }
        return roles;
    }

    static ActorKind kind(String code, String country, String iso, String knownGroup, String type,
                          boolean ethnicOrReligious) {
        if (!knownGroup.isEmpty()) {
            return ActorKind.ORGANIZATION;
        }
        if (!type.isEmpty()) {
            return INSTITUTIONS.contains(type) ? ActorKind.ORGANIZATION : ActorKind.GROUP;
        }
        if (!country.isEmpty() && code.equals(country)) {
            return iso != null ? ActorKind.STATE : ActorKind.OTHER;
        }
        return ethnicOrReligious ? ActorKind.GROUP : ActorKind.OTHER;
    }
}
