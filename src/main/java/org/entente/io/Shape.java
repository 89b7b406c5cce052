package org.entente.io;

import java.util.ArrayList;
import java.util.List;

/** What each kind of object in a dataset must hold; constants, so checking a million records allocates nothing. */
enum Shape {
    DATASET("the dataset", "format", "title"),
    SOURCE("a source", "id", "title"),
    ACTOR("an actor", "id", "name", "kind"),
    MEMBERSHIP("a membership", "organization", "role"),
    EVENT("an event", "id", "title", "when", "participants"),
    LOCATION("a location", "name"),
    PARTICIPANT("a participant", "actor"),
    CODE("a code", "scheme", "code"),
    CITATION("a citation", "source"),
    /** Nothing is required of claims; the shape names them in warnings about their unknown fields. */
    CLAIMS("a citation's claims"),
    RELATION("a relation", "id", "from", "to", "kind"),
    PERIOD("a period", "id", "title", "when");

    private final String what;
    private final List<String> required;

    Shape(String what, String... required) {
        this.what = what;
        this.required = List.of(required);
    }

    /** The kind of object, as problems name it: "an event". */
    String what() {
        return what;
    }

    /**
     * Logs one problem naming every required field that {@code present} lacks, at the object's start; the
     * cursor is on the object's end, where its JSON path is the object's own.
     */
    void check(JsonCursor in, long start, List<String> present) {
        if (hasAll(present)) {
            return;
        }
        List<String> missing = new ArrayList<>(required);
        missing.removeAll(present);
        String which = missing.size() == 1 ? "field \"" + missing.get(0) + "\""
                : "fields \"" + String.join("\", \"", missing) + "\"";
        in.log().error(start, in.path(), "missing required " + which + ": " + what + " needs "
                + String.join(", ", required));
    }

    private boolean hasAll(List<String> present) {
        for (int i = 0; i < required.size(); i++) {
            if (!present.contains(required.get(i))) {
                return false;
            }
        }
        return true;
    }
}
