package org.entente.convert;

import java.util.Locale;
import java.util.Set;

/**
 * GDELT writes names in capitals (UNITED STATES, BARACK OBAMA); a reader reads "Barack Obama" faster.
 * Each word is capitalised, small linking words are lower case inside a name, and a word without a vowel
 * (BHP) is left as an abbreviation. The one-word name of a known group is an acronym (NATO, ECOWAS) and is
 * left as written, as is any name GDELT did not write in capitals.
 */
final class GdeltNames {
    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "in", "on", "de", "du", "da",
            "al", "el", "la", "le", "van", "von", "der", "bin");

    private GdeltNames() {
    }

    static String readable(String name, boolean knownGroup) {
        if (!name.equals(name.toUpperCase(Locale.ROOT)) || knownGroup && !name.contains(" ")) {
            return name;
        }
        String[] words = name.toLowerCase(Locale.ROOT).split(" ", -1);
        StringBuilder readable = new StringBuilder(name.length());
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (i > 0) {
                readable.append(' ');
            }
            if (!word.isEmpty() && word.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0)) {
                readable.append(word.toUpperCase(Locale.ROOT));
            } else if (i > 0 && SMALL_WORDS.contains(word)) {
                readable.append(word);
            } else {
                readable.append(capitalised(word));
            }
        }
        return readable.toString();
    }

    /** The first letter and every letter after a hyphen or apostrophe in capitals (Al-Qaeda, O'Brien). */
    private static String capitalised(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == '\'';
        }
        return out.toString();
    }
}
