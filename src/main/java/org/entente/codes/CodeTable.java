package org.entente.codes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A lookup table shipped as a resource beside this class: one entry a line, a key and a value separated by
 * a tab (further tabs and what follows them are notes for the reader), {@code #} starting a comment line.
 */
public final class CodeTable {
    private final Map<String, String> values;

    private CodeTable(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static CodeTable load(String resource) {
        try (InputStream in = CodeTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> values = new HashMap<>();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                values.put(parts[0], parts[1]);
            }
            return new CodeTable(values);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }

    /** The value for {@code key}, or null. */
    public String get(String key) {
        return values.get(key);
    }

    public int size() {
        return values.size();
    }
}
