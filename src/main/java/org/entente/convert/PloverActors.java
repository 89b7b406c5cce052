package org.entente.convert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Extras;

/**
 * The entities of a PLOVER import, as actors. An entity with a Wikidata id is that item, whatever a record
 * calls it; one without is its name together with its country code and sector, as in GDELT. The first record
 * to name an actor gives its name, kind and codes; the raw mentions of it in the text become aliases.
 */
final class PloverActors {
    private static final Pattern WIKIDATA = Pattern.compile("(?:^|/)(Q[1-9][0-9]{0,12})$");
    private static final int ID_FROM_NAME = 80;
    private static final int MOST_ALIASES = 20;
    /** Sectors of institutions (PLOVER's table of sector codes, and CAMEO's that the 0.5 records use). */
    private static final Set<String> INSTITUTIONS = Set.of("COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "SPY",
            "BUS", "JRN", "MED", "REL", "HLH", "MNC", "IGO", "NGO");
    /** Sectors of people at large or loosely organized groups. */
    private static final Set<String> GROUPS = Set.of("REB", "UAF", "CVL", "AGR", "CRM", "LAB", "REF", "OPP", "SOC",
            "EDU", "ELI", "INS", "SEP", "RAD");

    /** What a record says of one entity. */
    record Entity(String name, String mention, String code, String sector, String otherSectors, String wikidata,
                  String countryName, String description, boolean personal, Map<String, String> extras) {
    }

    private static final class Draft {
        final String id;
        final Entity first;
        final Set<String> aliases = new LinkedHashSet<>();

        Draft(String id, Entity first) {
            this.id = id;
            this.first = first;
        }
    }

    private final Map<String, Draft> byKey = new LinkedHashMap<>();
    private final Slugs ids = new Slugs("");

    /** The Wikidata item id ({@code Q76658}) in an id or a Wikidata URL, or null when there is none. */
    static String wikidataId(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = WIKIDATA.matcher(text.strip());
        return m.find() ? m.group(1) : null;
    }

    /** The id of the actor an entity stands for. */
    String actor(Entity entity) {
        String key = entity.wikidata() != null ? entity.wikidata()
                : entity.name() + '\t' + entity.code() + '\t' + entity.sector();
        Draft draft = byKey.computeIfAbsent(key, k -> new Draft(ids.unique(idBase(entity)), entity));
        if (entity.mention() != null && !entity.mention().equals(draft.first.name())
                && draft.aliases.size() < MOST_ALIASES) {
            draft.aliases.add(entity.mention());
        }
        return draft.id;
    }

    private static String idBase(Entity entity) {
        if (entity.wikidata() != null) {
            return "wikidata " + entity.wikidata();
        }
        String codes = entity.code() == null ? entity.sector()
                : entity.sector() == null ? entity.code() : entity.code() + " " + entity.sector();
        String name = ImportText.shortened(entity.name(), ID_FROM_NAME);
        // An entity named only by its codes ("RUS MIL") is not named twice.
        return codes == null || entity.name().equalsIgnoreCase(codes) ? name : name + " " + ImportText.shortened(codes, 24);
    }

    int size() {
        return byKey.size();
    }

    List<Actor> build() {
        List<Actor> actors = new ArrayList<>(byKey.size());
        for (Draft draft : byKey.values()) {
            Entity e = draft.first;
            Map<String, String> extras = new LinkedHashMap<>(e.extras());
            put(extras, "x-plover-code", e.code());
            put(extras, "x-plover-sector", e.sector());
            put(extras, "x-plover-other-sectors", e.otherSectors());
            put(extras, "x-plover-wikidata", e.wikidata());
            actors.add(new Actor(draft.id, e.name(), kindOf(e), List.copyOf(draft.aliases), country(e),
                    e.description(), List.of(), Extras.of(extras)));
        }
        return actors;
    }

    private static void put(Map<String, String> extras, String name, String value) {
        if (value != null) {
            extras.put(name, JsonText.string(value));
        }
    }

    /**
     * An entity's kind: a person when the record gives a gender or an age; an organization when its sector is
     * an institution's or its code is IGO, NGO or MNC; a group for other sectors; a state when it is a country
     * code alone; otherwise {@code other}.
     */
    static ActorKind kindOf(Entity e) {
        if (e.personal()) {
            return ActorKind.PERSON;
        }
        String sector = e.sector() == null ? null : e.sector().toUpperCase(Locale.ROOT);
        String code = e.code() == null ? null : e.code().toUpperCase(Locale.ROOT);
        if (sector != null && INSTITUTIONS.contains(sector) || code != null && INSTITUTIONS.contains(code)) {
            return ActorKind.ORGANIZATION;
        }
        if (sector != null && GROUPS.contains(sector)) {
            return ActorKind.GROUP;
        }
        if (sector == null && code != null && IsoCountries.isAlpha3(code)) {
            return ActorKind.STATE;
        }
        return ActorKind.OTHER;
    }

    private static String country(Entity e) {
        String code = e.code() == null ? null : e.code().toUpperCase(Locale.ROOT);
        if (code != null && IsoCountries.isAlpha3(code)) {
            return code;
        }
        return CountryNames.alpha3(e.countryName()).orElse(null);
    }
}
