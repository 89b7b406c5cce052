package org.entente.convert;

import java.util.Locale;

/** Readable ids made of lower-case letters, digits and single hyphens. */
final class Slugs {
    private Slugs() {
    }

    static String of(String text) {
        StringBuilder slug = new StringBuilder(text.length());
        boolean hyphen = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (hyphen && !slug.isEmpty()) {
                    slug.append('-');
                }
                hyphen = false;
                slug.appendCodePoint(Character.toLowerCase(c));
            } else {
                hyphen = true;
            }
        }
        return slug.toString().toLowerCase(Locale.ROOT);
    }
}
