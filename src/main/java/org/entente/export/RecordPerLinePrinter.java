package org.entente.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;

/**
 * Compact JSON with one record a line. Full indentation would add a third to the size of a large file;
 * one record a line keeps it diffable and makes the loader's line:column point at a record. The generator
 * and the dataset export both write this way.
 */
public final class RecordPerLinePrinter extends MinimalPrettyPrinter {
    private static final int TOP_OBJECT = 1;
    private static final int RECORD_LIST = 2;

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        breakIfAt(g, TOP_OBJECT);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        breakIfAt(g, TOP_OBJECT);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        breakIfAt(g, TOP_OBJECT);
        g.writeRaw('}');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        breakIfAt(g, RECORD_LIST);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        breakIfAt(g, RECORD_LIST);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        if (values > 0) {
            breakIfAt(g, RECORD_LIST);
        }
        g.writeRaw(']');
    }

    private static void breakIfAt(JsonGenerator g, int depth) throws IOException {
        if (depth(g.getOutputContext()) == depth) {
            g.writeRaw('\n');
        }
    }

    private static int depth(JsonStreamContext context) {
        int depth = 0;
        for (JsonStreamContext c = context; c.getParent() != null; c = c.getParent()) {
            depth++;
        }
        return depth;
    }
}
