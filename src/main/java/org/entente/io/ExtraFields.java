package org.entente.io;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.entente.model.Extras;

/**
 * Keeps the unknown fields of one kind of record. It warns once per field name and kind of record,
 * not once per record, because a large export typically repeats the same extra field on every line.
 */
final class ExtraFields {
    private static final String EXTENSION_PREFIX = "x-";

    private final String recordKind;
    private final Set<String> reported = new HashSet<>();
    private Map<String, String> current;

    ExtraFields(String recordKind) {
        this.recordKind = recordKind;
    }

    /**
     * Keeps the field. An unknown name is reported once, as it may be a typo or a field of a later
     * version; a name with the {@code x-} prefix is an extension the format invites, so it is not.
     */
    void keep(JsonCursor cursor, String name) throws IOException {
        if (!name.startsWith(EXTENSION_PREFIX) && reported.add(name)) {
            cursor.log().warning(cursor.here(), cursor.path(), "unknown field \"" + name + "\" in " + recordKind
                    + ": kept as an extra field and shown, not used (later ones like it are not reported)");
        }
        if (current == null) {
            current = new LinkedHashMap<>();
        }
        current.put(name, cursor.rawJson());
    }

    /** As {@link #moveTo(ExtraFields, String, int)} for the single object in {@code field}, such as a place. */
    void moveTo(ExtraFields record, String field) {
        if (current != null) {
            moveUnder(record, field + "/");
        }
    }

    /**
     * Hands the extras of the {@code index}-th object of a list in a record (a participant, a citation) to
     * that record, under a relative path such as {@code participants/1/confidence}, so that they are kept
     * with it. The path is only built when there are extras.
     */
    void moveTo(ExtraFields record, String list, int index) {
        if (current != null) {
            moveUnder(record, list + "/" + index + "/");
        }
    }

    private void moveUnder(ExtraFields record, String prefix) {
        if (record.current == null) {
            record.current = new LinkedHashMap<>();
        }
        current.forEach((name, json) -> record.current.put(prefix + name, json));
        current = null;
    }

    /** The extras gathered since the last call, and a fresh start for the next record. */
    Extras take() {
        Extras extras = Extras.of(current);
        current = null;
        return extras;
    }
}
