package org.entente.io;

import java.io.IOException;

/**
 * The fields of one kind of JSON object (the dataset, a record, a part of a record), gathered by name
 * into a holder that is cleared and reused for every object of that kind, so that reading a million
 * records allocates only what they keep. Every object of a dataset is read this way.
 */
abstract class ObjectFields {
    final Shape shape;
    /** The unknown fields of the object just read, until the record that holds them takes them. */
    final ExtraFields extras;

    ObjectFields(Shape shape) {
        this.shape = shape;
        this.extras = new ExtraFields(shape.what());
    }

    /** Sets every field to its value when absent. */
    abstract void clear();

    /** Reads the value of the field {@code name}; false for a name this kind of object does not define. */
    abstract boolean field(String name) throws IOException;

    /** Checks what no single field shows, once all are read; {@code start} is where the object began. */
    void checkTogether(long start) {
    }

    /** Reads the object at the cursor into the fields and checks it, leaving the cursor on its END_OBJECT. */
    final void read(JsonCursor in) throws IOException {
        long start = in.mark();
        clear();
        shape.check(in, start, in.readFields(this));
        checkTogether(start);
    }
}
