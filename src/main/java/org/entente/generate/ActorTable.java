package org.entente.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.entente.generate.GeneratedActor.Term;
import org.entente.model.ActorKind;

/** All actors of a generated dataset, built up front because events and relations refer to them by index. */
final class ActorTable {
    private static final String[] STATE_ROLES = {"President", "Prime Minister", "Foreign Minister",
        "Defence Minister", "Trade Minister", "Ambassador", "Ambassador", "Special Envoy"};
    private static final String[] ORGANIZATION_ROLES = {"Secretary-General", "Chair", "Special Envoy",
        "Permanent Representative", "member"};
    private static final String[] STATE_STYLES = {"Republic of ", "Kingdom of ", "Federal Republic of ",
        "People's Republic of "};
    private static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);

    private final GeneratedActor[] actors;

    private ActorTable(GeneratedActor[] actors) {
        this.actors = actors;
    }

    int size() {
        return actors.length;
    }

    GeneratedActor get(int index) {
        return actors[index];
    }

    /**
     * Mostly persons and states, some organizations and groups. States are capped so that each can have
     * its own three-letter code; the kinds are shuffled over the indices so that ids don't group by kind.
     */
    static ActorTable build(int count, SplittableRandom rng) {
        int states = Math.max(1, Math.min(5_000, Math.round(count * 0.25f)));
        int organizations = Math.round(count * 0.10f);
        int groups = Math.round(count * 0.07f);
        ActorKind[] kinds = new ActorKind[count];
        for (int i = 0; i < count; i++) {
            kinds[i] = i < states ? ActorKind.STATE : i < states + organizations ? ActorKind.ORGANIZATION
                    : i < states + organizations + groups ? ActorKind.GROUP : ActorKind.PERSON;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            ActorKind swap = kinds[i];
            kinds[i] = kinds[j];
            kinds[j] = swap;
        }
        return new Builder(kinds, rng).build();
    }

    /** Builds kind by kind, because groups and persons belong to states and organizations made before them. */
    private static final class Builder {
        private final ActorKind[] kinds;
        private final SplittableRandom rng;
        private final NameMaker names;
        private final GeneratedActor[] actors;
        private final Set<String> usedIds = new HashSet<>();
        private final Set<String> usedCodes = new HashSet<>();
        private final List<GeneratedActor> states = new ArrayList<>();
        private final List<GeneratedActor> organizations = new ArrayList<>();
        private final Map<String, String> namesById = new HashMap<>();

        Builder(ActorKind[] kinds, SplittableRandom rng) {
            this.kinds = kinds;
            this.rng = rng;
            this.names = new NameMaker(rng);
            this.actors = new GeneratedActor[kinds.length];
        }

        ActorTable build() {
            for (ActorKind kind : List.of(ActorKind.STATE, ActorKind.ORGANIZATION, ActorKind.GROUP, ActorKind.PERSON)) {
                for (int i = 0; i < kinds.length; i++) {
                    if (kinds[i] == kind) {
                        actors[i] = make(kind);
                        namesById.put(actors[i].id(), actors[i].name());
                    }
                }
            }
            return new ActorTable(actors);
        }

        private GeneratedActor make(ActorKind kind) {
            return switch (kind) {
                case STATE -> state();
                case ORGANIZATION -> organization();
                case GROUP -> group();
                default -> person();
            };
        }

        private GeneratedActor state() {
            String name = names.state();
            List<String> aliases = rng.nextInt(2) == 0
                    ? List.of(STATE_STYLES[rng.nextInt(STATE_STYLES.length)] + name) : List.of();
            GeneratedActor state = new GeneratedActor(uniqueId(name), name, name, ActorKind.STATE, countryCode(name),
                    aliases, "Fictional state.", List.of(), rng.nextInt(Capitals.ALL.size()));
            states.add(state);
            return state;
        }

        private GeneratedActor organization() {
            String name = names.organization();
            String acronym = acronym(name);
            GeneratedActor organization = new GeneratedActor(uniqueId(name), name, acronym, ActorKind.ORGANIZATION,
                    null, List.of(acronym), "Fictional intergovernmental organization.", List.of(),
                    rng.nextInt(Capitals.ALL.size()));
            organizations.add(organization);
            return organization;
        }

        private GeneratedActor group() {
            String name = names.group();
            String acronym = acronym(name);
            GeneratedActor base = states.get(rng.nextInt(states.size()));
            List<String> aliases = rng.nextInt(3) == 0 ? List.of(acronym) : List.of();
            return new GeneratedActor(uniqueId(name), name, acronym, ActorKind.GROUP, base.country(), aliases,
                    "Fictional non-state group active in " + base.name() + ".", List.of(), base.home());
        }

        private GeneratedActor person() {
            String name = names.person();
            String surname = name.substring(name.indexOf(' ') + 1);
            GeneratedActor nationality = states.get(rng.nextInt(states.size()));
            List<Term> terms = terms(nationality);
            Term first = terms.get(0);
            List<String> aliases = rng.nextInt(4) == 0 ? List.of(name.charAt(0) + ". " + surname) : List.of();
            return new GeneratedActor(uniqueId(name), name, surname, ActorKind.PERSON, nationality.country(), aliases,
                    first.role() + " of " + namesById.get(first.organization()) + " (fictional person).", terms, nationality.home());
        }

        /** One or two consecutive terms, in the person's state or in an organization. */
        private List<Term> terms(GeneratedActor nationality) {
            int count = rng.nextInt(5) < 3 ? 1 : 2;
            List<Term> terms = new ArrayList<>(count);
            LocalDate start = LocalDate.of(1985 + rng.nextInt(30), 1 + rng.nextInt(12), 1 + rng.nextInt(28));
            for (int t = 0; t < count && !start.isAfter(LAST_DAY); t++) {
                boolean inState = organizations.isEmpty() || rng.nextInt(10) < 7;
                String organization = inState ? nationality.id() : organizations.get(rng.nextInt(organizations.size())).id();
                String role = inState ? STATE_ROLES[rng.nextInt(STATE_ROLES.length)]
                        : ORGANIZATION_ROLES[rng.nextInt(ORGANIZATION_ROLES.length)];
                LocalDate end = start.plusYears(2 + rng.nextInt(8)).plusDays(rng.nextInt(200));
                boolean ongoing = end.isAfter(LAST_DAY) || (t == count - 1 && rng.nextInt(4) == 0);
                terms.add(new Term(organization, role, start + "/" + (ongoing ? ".." : end.toString())));
                start = end.plusDays(30 + rng.nextInt(700));
            }
            return terms;
        }

        private String uniqueId(String name) {
            String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            String id = slug;
            for (int n = 2; !usedIds.add(id); n++) {
                id = slug + "-" + n;
            }
            return id;
        }

        /** The first letter and the next two consonants, as many real codes are; random letters on a clash (5,000 states fit in 26³ codes). */
        private String countryCode(String name) {
            String letters = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
            String consonants = letters.substring(1).replaceAll("[AEIOUY]", "");
            String code = consonants.length() >= 2 ? letters.charAt(0) + consonants.substring(0, 2) : letters.substring(0, 3);
            for (int attempt = 0; !usedCodes.add(code); attempt++) {
                char first = attempt < 20 ? letters.charAt(0) : randomLetter();
                code = "" + first + randomLetter() + randomLetter();
            }
            return code;
        }

        private char randomLetter() {
            return (char) ('A' + rng.nextInt(26));
        }

        private static String acronym(String name) {
            StringBuilder out = new StringBuilder(5);
            for (String word : name.split(" ")) {
                if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                    out.append(word.charAt(0));
                }
            }
            return out.toString();
        }
    }
}
