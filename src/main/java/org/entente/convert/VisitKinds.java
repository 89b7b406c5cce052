package org.entente.convert;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of a trip or visit, from the words the Office of the Historian uses for it in the remarks or
 * description ("State Visit.", "Official Working Visit.", "Private visit during world tour."): the first
 * such phrase decides. Without one, a trip is a {@code trip} and a visit a {@code visit}.
 */
final class VisitKinds {
    private static final Pattern PHRASE = Pattern.compile(
            "\\b(state|official working|official|working|private|informal|unofficial)\\s+visit", Pattern.CASE_INSENSITIVE);

    private VisitKinds() {
    }

    /** {@code state-visit}, {@code official-working-visit}…, or {@code otherwise} when the text names none. */
    static String of(String text, String otherwise) {
        if (text == null) {
            return otherwise;
        }
        Matcher m = PHRASE.matcher(text);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT).replace(' ', '-') + "-visit" : otherwise;
    }
}
