package org.entente.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.entente.model.Extras;

/**
 * The unknown fields of one record that are still to be written. The reader files the unknown fields of
 * nested objects with the record, under paths such as {@code participants/1/confidence}; each nested part
 * takes its own back out as it is written, so they return to the object they came from, and the record
 * writes what is left as its own fields. Names are written in sorted order so that exports are repeatable.
 */
final class PendingExtras {
    private static final PendingExtras NONE = new PendingExtras(Collections.emptyNavigableMap());

    private final NavigableMap<String, String> fields;

    private PendingExtras(NavigableMap<String, String> fields) {
        this.fields = fields;
    }

    static PendingExtras of(Extras extras) {
        return extras == null || extras.isEmpty() ? NONE : new PendingExtras(new TreeMap<>(extras.fields()));
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    /** The fields of the {@code index}-th object of {@code list}; the path is only built when there are fields. */
    PendingExtras take(String list, int index) {
        return fields.isEmpty() ? NONE : take(list + "/" + index + "/");
    }

    /** Removes the fields whose names start with {@code prefix} and returns them without it. */
    PendingExtras take(String prefix) {
        if (fields.isEmpty()) {
            return NONE;
        }
        NavigableMap<String, String> taken = new TreeMap<>();
        Iterator<Map.Entry<String, String>> candidates = fields.tailMap(prefix, true).entrySet().iterator();
        while (candidates.hasNext()) {
            Map.Entry<String, String> field = candidates.next();
            if (!field.getKey().startsWith(prefix)) {
                break;
            }
            taken.put(field.getKey().substring(prefix.length()), field.getValue());
            candidates.remove();
        }
        return taken.isEmpty() ? NONE : new PendingExtras(taken);
    }

    /** Writes each remaining field with its value exactly as it was read. */
    void writeTo(JsonGenerator g) throws IOException {
        for (Map.Entry<String, String> field : fields.entrySet()) {
            g.writeFieldName(field.getKey());
            g.writeRawValue(field.getValue());
        }
    }
}
