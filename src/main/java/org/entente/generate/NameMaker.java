package org.entente.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Pronounceable made-up names from syllables: people ("Anatol Verhoven"), states ("Veltrania"),
 * organizations ("Council of Ostran States") and groups. Fictional names keep generated data from being
 * mistaken for claims about real people.
 */
final class NameMaker {
    private static final String[] ONSETS = {"b", "br", "d", "dr", "f", "g", "gr", "h", "k", "kr", "l", "m", "n",
        "p", "r", "s", "st", "t", "tr", "v", "z", "sh", "ch", "j", "y"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "a", "e", "o", "a", "e", "i", "o", "ai", "ou"};
    private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "k", "v", "m"};
    private static final String[] GIVEN_ENDINGS = {"", "", "a", "o", "ol", "ir", "an", "ia", "ek", "us"};
    private static final String[] FAMILY_ENDINGS = {"oven", "escu", "ani", "ssen", "ic", "ez", "ard", "berg",
        "ski", "ides", "ura", "elli", "ov", "enko", "ari", "son"};
    private static final String[] STATE_ENDINGS = {"ania", "ia", "istan", "land", "ova", "aria", "onia", "esh",
        "ador", "ar"};
    private static final List<String> ORGANIZATION_FORMS = List.of("Council of {r} States",
            "{r} Cooperation Organization", "{r} Development Bank", "Union of {r} Nations", "{r} Treaty Organization",
            "{r} Economic Community", "Forum for {r} Security", "{r} Energy Agency");
    private static final List<String> GROUP_FORMS = List.of("{r} Liberation Front", "{r} Workers' Movement",
            "{r} Popular Alliance", "{r} Patriotic Union", "{r} Democratic Congress", "{r} Resistance Council");

    private final SplittableRandom rng;

    NameMaker(SplittableRandom rng) {
        this.rng = rng;
    }

    String person() {
        return root(1 + rng.nextInt(2)) + pick(GIVEN_ENDINGS) + " " + root(1 + rng.nextInt(2)) + pick(FAMILY_ENDINGS);
    }

    String state() {
        return root(1 + rng.nextInt(2)) + pick(STATE_ENDINGS);
    }

    String organization() {
        return fill(ORGANIZATION_FORMS, root(2) + "ian");
    }

    String group() {
        return fill(GROUP_FORMS, root(2) + "an");
    }

    private String fill(List<String> forms, String root) {
        return forms.get(rng.nextInt(forms.size())).replace("{r}", root);
    }

    /** A capitalized run of syllables. */
    private String root(int syllables) {
        StringBuilder out = new StringBuilder(12);
        for (int i = 0; i < syllables; i++) {
            out.append(pick(ONSETS)).append(pick(VOWELS));
            if (i == syllables - 1 || rng.nextInt(3) == 0) {
                out.append(pick(CODAS));
            }
        }
        out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        return out.toString();
    }

    private String pick(String[] words) {
        return words[rng.nextInt(words.length)];
    }
}
