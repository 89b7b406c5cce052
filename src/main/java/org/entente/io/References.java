package org.entente.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.entente.io.PendingReference.Target;

/**
 * The ids of sources and actors, and the references to them. A reference to a record already read is
 * checked at once; one to a record not read yet waits until the end of the file, because datasets may
 * list records in any order. A record that refers to a skipped one is skipped too, with a warning rather
 * than a second error, so that each defect in a file is reported as exactly one error.
 */
final class References {
    final RecordIds sources = new RecordIds();
    final RecordIds actors = new RecordIds();
    private final JsonCursor in;
    private final List<PendingReference> inRecord = new ArrayList<>();
    private boolean dependsOnSkipped;
    /** References kept to wait for the end of the file, in all lists. */
    private int waiting;

    References(JsonCursor in) {
        this.in = in;
    }

    private RecordIds ids(Target target) {
        return target == Target.ACTOR ? actors : sources;
    }

    /** Reads an id that must name a source or an actor. */
    String read(Target target, String what, int memberIndex) throws IOException {
        String id = in.id(what);
        RecordIds ids = ids(target);
        if (id == null || ids.isValid(id)) {
            return id;
        }
        if (ids.wasSeen(id)) {
            in.warning(skipped(target, id));
            dependsOnSkipped = true;
            return id;
        }
        inRecord.add(new PendingReference(target, id, in.here(), in.path(), -1, memberIndex));
        return id;
    }

    private static String skipped(Target target, String id) {
        return "skipped: refers to " + target.noun + " \"" + id + "\", which was itself skipped because of its errors";
    }

    /** True when the record that just ended had no error and refers to nothing that was skipped. */
    boolean recordIsValid(int errorsBefore) {
        boolean valid = in.log().errorCount() == errorsBefore && !dependsOnSkipped;
        dependsOnSkipped = false;
        return valid;
    }

    /**
     * Keeps the current record's unresolved references, now that it is kept at {@code recordPosition}; true
     * when it had any. Fails once more are waiting than the read's limits allow.
     */
    boolean keep(List<PendingReference> into, int recordPosition) throws TooManyForwardReferences {
        if (inRecord.isEmpty()) {
            return false;
        }
        waiting += inRecord.size();
        int limit = in.limits().pendingReferences();
        if (waiting > limit) {
            throw new TooManyForwardReferences(limit);
        }
        for (PendingReference p : inRecord) {
            into.add(new PendingReference(p.target(), p.id(), p.at(), p.path(), recordPosition, p.memberIndex()));
        }
        inRecord.clear();
        return true;
    }

    /** Forgets the current record's references: the record is skipped. */
    void discard() {
        inRecord.clear();
    }

    /** Checks a reference left for the end of the file, logging why it fails. */
    boolean resolves(PendingReference p) {
        RecordIds ids = ids(p.target());
        if (ids.isValid(p.id())) {
            return true;
        }
        if (ids.wasSeen(p.id())) {
            in.log().warning(p.at(), p.path(), skipped(p.target(), p.id()));
        } else {
            in.log().error(p.at(), p.path(), "unknown " + p.target().noun + " \"" + p.id() + "\": no "
                    + p.target().noun + " in " + p.target().list + " has this id");
        }
        return false;
    }
}
