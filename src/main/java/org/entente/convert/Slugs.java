package org.entente.convert;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Makes short readable ids from names ("Recep Tayyip Erdoğan" → {@code recep-tayyip-erdogan}), unique
 * within one list: a name that slugs like an earlier one gets a numbered suffix.
 */
final class Slugs {
    private final String prefix;
    private final Set<String> taken = new HashSet<>();

    Slugs(String prefix) {
        this.prefix = prefix;
    }

    String unique(String name) {
        String base = prefix + slug(name);
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Lower-case ASCII letters and digits joined by single hyphens; "x" when nothing is left. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
