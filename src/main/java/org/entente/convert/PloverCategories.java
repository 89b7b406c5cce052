package org.entente.convert;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * PLOVER's sixteen event categories, their quad classes and their conflict–cooperation scores, from the
 * PLOVER manual (openeventdata/PLOVER, PLOVER_MANUAL.tex, as of commit 5e0c24f: "Quad category" of each
 * category, and the table "PLOVER conflict–cooperation scores"). The 0.5 gold-standard records use CAMEO-era
 * names that the manual's translation table maps onto today's categories.
 */
final class PloverCategories {
    /** Verbal cooperation, material cooperation, verbal conflict, material conflict: GDELT's QuadClass 1 to 4. */
    private static final Map<String, String> QUAD = Map.ofEntries(
            Map.entry("AGREE", "1"), Map.entry("CONSULT", "1"), Map.entry("SUPPORT", "1"), Map.entry("CONCEDE", "1"),
            Map.entry("COOPERATE", "2"), Map.entry("AID", "2"), Map.entry("RETREAT", "2"),
            Map.entry("REQUEST", "3"), Map.entry("ACCUSE", "3"), Map.entry("REJECT", "3"), Map.entry("THREATEN", "3"),
            Map.entry("PROTEST", "4"), Map.entry("SANCTION", "4"), Map.entry("MOBILIZE", "4"), Map.entry("COERCE", "4"),
            Map.entry("ASSAULT", "4"));
    /**
     * The manual's score of each category (its "CATEGORY" rows). ACCUSE is printed there as 3, which every
     * ACCUSE mode (−2 to −3.5) and its verbal-conflict quad contradict: a lost minus sign, so −3 is used.
     */
    private static final Map<String, Double> SCORES = Map.ofEntries(
            Map.entry("AGREE", 2.5), Map.entry("CONSULT", 2.5), Map.entry("SUPPORT", 5.0), Map.entry("CONCEDE", 4.5),
            Map.entry("COOPERATE", 9.5), Map.entry("AID", 10.0), Map.entry("RETREAT", 6.5), Map.entry("REQUEST", 0.0),
            Map.entry("ACCUSE", -3.0), Map.entry("REJECT", -2.0), Map.entry("THREATEN", -3.5),
            Map.entry("PROTEST", -5.0), Map.entry("SANCTION", -6.0), Map.entry("MOBILIZE", -5.5),
            Map.entry("COERCE", -7.0), Map.entry("ASSAULT", -9.0));
    /** The manual's scores of a category with one of its modes, as {@code CATEGORY:mode}. */
    private static final Map<String, Double> MODE_SCORES = Map.ofEntries(
            Map.entry("CONSULT:visit", 4.0), Map.entry("CONSULT:third-party", 1.0),
            Map.entry("CONSULT:multilateral", 4.0), Map.entry("CONSULT:phone", 1.5),
            Map.entry("RETREAT:withdraw", 8.0), Map.entry("RETREAT:release", 6.5), Map.entry("RETREAT:disarm", 10.0),
            Map.entry("RETREAT:ceasefire", 7.5), Map.entry("RETREAT:access", 6.5), Map.entry("RETREAT:resign", 4.5),
            Map.entry("REQUEST:assist", 0.5), Map.entry("REQUEST:change", -1.0), Map.entry("REQUEST:yield", -1.0),
            Map.entry("REQUEST:meet", 0.0),
            Map.entry("ACCUSE:disapprove", -2.0), Map.entry("ACCUSE:investigate", -3.5),
            Map.entry("ACCUSE:allege", -3.5),
            Map.entry("REJECT:assist", -1.5), Map.entry("REJECT:change", -2.0), Map.entry("REJECT:yield", -2.0),
            Map.entry("REJECT:meet", -2.0),
            Map.entry("THREATEN:restrict", -3.0), Map.entry("THREATEN:arrest", -3.5),
            Map.entry("THREATEN:relations", -3.5), Map.entry("THREATEN:expel", -3.5),
            Map.entry("THREATEN:territory", -4.0), Map.entry("THREATEN:violence", -3.5),
            Map.entry("PROTEST:demo", -5.0), Map.entry("PROTEST:riot", -7.0), Map.entry("PROTEST:strike", -5.0),
            Map.entry("PROTEST:hunger", -4.5), Map.entry("PROTEST:boycott", -4.5), Map.entry("PROTEST:obstruct", -4.5),
            Map.entry("SANCTION:convict", -6.0), Map.entry("SANCTION:expel", -5.5),
            Map.entry("SANCTION:withdraw", -6.0), Map.entry("SANCTION:discontinue", -6.0),
            Map.entry("MOBILIZE:troops", -6.5), Map.entry("MOBILIZE:weapons", -6.5),
            Map.entry("MOBILIZE:police", -5.5), Map.entry("MOBILIZE:militia", -6.0),
            Map.entry("COERCE:seize", -7.0), Map.entry("COERCE:restrict", -7.0), Map.entry("COERCE:censor", -6.5),
            Map.entry("COERCE:curfew", -6.5), Map.entry("COERCE:martial-law", -7.5), Map.entry("COERCE:arrest", -7.0),
            Map.entry("COERCE:deport", -7.0), Map.entry("COERCE:withhold", -7.0),
            Map.entry("COERCE:misinformation", -6.5), Map.entry("COERCE:cyber", -7.0),
            Map.entry("ASSAULT:abduct", -8.5), Map.entry("ASSAULT:beat", -7.5), Map.entry("ASSAULT:torture", -8.5),
            Map.entry("ASSAULT:sexual", -8.5), Map.entry("ASSAULT:targeted", -9.5), Map.entry("ASSAULT:destroy", -8.5),
            Map.entry("ASSAULT:primitive", -8.0), Map.entry("ASSAULT:firearms", -9.0),
            Map.entry("ASSAULT:explosives", -9.0), Map.entry("ASSAULT:suicide-attack", -9.5),
            Map.entry("ASSAULT:aerial", -9.5), Map.entry("ASSAULT:drone", -9.5),
            Map.entry("ASSAULT:heavy-weapons", -9.5), Map.entry("ASSAULT:crowd-control", -7.5),
            Map.entry("ASSAULT:unconventional", -10.0));
    /** The manual's "CAMEO to PLOVER translation": names of the 0.5 gold-standard records. */
    private static final Map<String, String> EARLIER_NAMES = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
            "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");
    /** Records that document a file rather than code an event (the gold-standard file opens with one). */
    static final String DOCUMENT = "DOCUMENT";

    private PloverCategories() {
    }

    /** The category a name stands for (in any case, earlier names mapped), or null when it is none. */
    static String category(String name) {
        String upper = name.strip().toUpperCase(Locale.ROOT);
        String current = EARLIER_NAMES.getOrDefault(upper, upper);
        return QUAD.containsKey(current) ? current : null;
    }

    /** The quad class of a category, "1" to "4". */
    static String quad(String category) {
        return QUAD.get(category);
    }

    /** The category's score with the first of its modes that has one, else the category's own score. */
    static double score(String category, List<String> modes) {
        for (String mode : modes) {
            Double score = MODE_SCORES.get(category + ":" + mode.strip().toLowerCase(Locale.ROOT));
            if (score != null) {
                return score;
            }
        }
        return SCORES.get(category);
    }
}
