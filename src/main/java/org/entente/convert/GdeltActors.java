package org.entente.convert;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Extras;

/**
 * Turns a row's block of actor columns into an actor. GDELT does not identify actors, so an actor is its
 * name together with its full CAMEO actor code: "POLICE" coded AUSCOP and "POLICE" coded USACOP are two
 * actors, and "UNITED STATES" coded USA and "UNITED STATES" coded USAGOV too.
 *
 * <p>The kind follows from the codes, in this order: a known IGO/NGO/rebel group code makes an
 * organization; a first type code naming an institution (government, military, police, judiciary,
 * legislature, party, intelligence, business, media, education, health, IGO, NGO) makes an organization,
 * any other type code (rebels, opposition, civilians, refugees, labour, elites...) a group; a code that is
 * the country code alone makes a state; an ethnic or religious code alone makes a group; anything else is
 * other. CAMEO codes leaders by role (GEORGE W BUSH is USAGOV), so a person cannot be told from an office
 * and no actor is made a person.
 */
final class GdeltActors {
    private static final Set<String> INSTITUTIONS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "PTY", "SPY", "BUS",
            "MNC", "MED", "EDU", "HLH", "IGO", "NGO");

    private GdeltActors() {
    }

    /** The actor of the block starting at column {@code first}, or null when its code and name are both empty. */
    static Actor read(String[] row, int first) {
        String code = GdeltFields.text(row[first + GdeltColumns.ACTOR_CODE]);
        String name = GdeltFields.text(row[first + GdeltColumns.ACTOR_NAME]);
        if (code.isEmpty() && name.isEmpty()) {
            return null;
        }
        String country = GdeltFields.text(row[first + GdeltColumns.ACTOR_COUNTRY]);
        String shownName = name.isEmpty() ? code : name;
        String id = code.isEmpty() ? Slugs.slug(shownName) : Slugs.slug(shownName + " " + code);
        ActorKind kind = kind(code, country, GdeltFields.text(row[first + GdeltColumns.ACTOR_KNOWN_GROUP]),
                GdeltFields.text(row[first + GdeltColumns.ACTOR_TYPE1]),
                !GdeltFields.text(row[first + GdeltColumns.ACTOR_ETHNIC]).isEmpty()
                        || !GdeltFields.text(row[first + GdeltColumns.ACTOR_RELIGION1]).isEmpty());
        Extras extras = code.isEmpty() ? Extras.NONE : Extras.of(Map.of("x-gdelt-cameo", JsonText.string(code)));
        return new Actor(id.isEmpty() ? "actor-" + Slugs.slug(code) : id, shownName, kind, List.of(),
                isCountryCode(country) ? country : null, null, List.of(), extras);
    }

    static ActorKind kind(String code, String country, String knownGroup, String type, boolean ethnicOrReligious) {
        if (!knownGroup.isEmpty()) {
            return ActorKind.ORGANIZATION;
        }
        if (!type.isEmpty()) {
            return INSTITUTIONS.contains(type) ? ActorKind.ORGANIZATION : ActorKind.GROUP;
        }
        if (!country.isEmpty() && code.equals(country)) {
            return ActorKind.STATE;
        }
        return ethnicOrReligious ? ActorKind.GROUP : ActorKind.OTHER;
    }

    /** CAMEO country codes are three capitals; regional ones such as AFR or EUR pass as well. */
    private static boolean isCountryCode(String code) {
        return code.length() == 3 && code.equals(code.toUpperCase(Locale.ROOT)) && code.chars().allMatch(Character::isLetter);
    }
}
