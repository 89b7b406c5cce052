package org.entente.convert;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.model.ActorKind;

/**
 * Guesses the kind of an ICEWS actor from its name, country and sectors. ICEWS has no actor kind, and
 * its sectors describe a person's affiliations as much as an organisation's (Donald Trump's include
 * "Government"), so the name is looked at first:
 * <ol>
 * <li>a name that names its country is a state: "Japan", and "Russia" for the Russian Federation, as
 *     both names give the same ISO code;</li>
 * <li>a generic agent, named "Role (Country)" as in "Police (India)", is an organization when a sector is
 *     institutional (government, military, police, party, judiciary, ministry, legislature, business,
 *     media, an IGO or NGO) and a group otherwise ("Citizen (India)", "Protester (Kenya)");</li>
 * <li>a name that reads as a person's (two to six capitalised words, no organisational word such as
 *     Council or Forces, no comma) is a person, provided ICEWS gave it sectors: the regions and states
 *     ICEWS names apart from their country ("Southeast Asia", "Catalonia") have none;</li>
 * <li>any other name with an institutional sector is an organization ("Hamas", "European Union");</li>
 * <li>everything else is {@code other}.</li>
 * </ol>
 */
final class IcewsActorKinds {
    private static final Pattern GENERIC_AGENT = Pattern.compile(".+ \\([^()]+\\)");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'.-]*|bin|al|de|da|del|van|von|der|la|le");
    private static final Set<String> INSTITUTIONAL = Set.of("government", "military", "police", "part",
            "judicial", "ministry", "legislative", "parliament", "business", "media", "organization", "igo",
            "executive", "cabinet", "army", "navy", "air force", "insurgents", "rebels", "intelligence");
    private static final Set<String> ORGANISATIONAL_WORDS = Set.of("actor", "agency", "army", "assembly",
            "association", "bank", "bureau", "club", "commission", "committee", "company", "congress", "council",
            "court", "department", "forces", "front", "fund", "government", "group", "league", "ministry",
            "movement", "nations", "office", "organization", "parliament", "party", "police", "union",
            "unidentified", "unspecified");

    private IcewsActorKinds() {
    }

    static ActorKind kindOf(String name, String country, Collection<String> sectors) {
        if (name.equalsIgnoreCase(country) || namesCountry(name, country)) {
            return ActorKind.STATE;
        }
        boolean institutional = sectors.stream().anyMatch(IcewsActorKinds::isInstitutional);
        if (GENERIC_AGENT.matcher(name).matches()) {
            return institutional ? ActorKind.ORGANIZATION : ActorKind.GROUP;
        }
        if (!sectors.isEmpty() && readsAsPersonalName(name)) {
            return ActorKind.PERSON;
        }
        return institutional ? ActorKind.ORGANIZATION : ActorKind.OTHER;
    }

    private static boolean namesCountry(String name, String country) {
        Optional<String> code = CountryNames.alpha3(name);
        return code.isPresent() && code.equals(CountryNames.alpha3(country));
    }

    private static boolean isInstitutional(String sector) {
        String lower = sector.toLowerCase(Locale.ROOT);
        return INSTITUTIONAL.stream().anyMatch(lower::contains);
    }

    private static boolean readsAsPersonalName(String name) {
        if (name.contains(",") || name.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        String[] words = name.split("\\s+");
        if (words.length < 2 || words.length > 6) {
            return false;
        }
        for (String word : words) {
            if (!NAME_WORD.matcher(word).matches() && !word.startsWith("al-")
                    || ORGANISATIONAL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
