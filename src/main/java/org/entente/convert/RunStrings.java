package org.entente.convert;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The repeating Strings of a spilled run (days, actor ids, codes, times added), each written once and
 * then as its number: a run of fifty thousand events names a few hundred of them, so the run is smaller
 * and reading it back shares one String for each instead of making a new one per event.
 */
final class RunStrings {
    private static final int NEW = -1;

    private RunStrings() {
    }

    /** Numbers the Strings of one run as it is written. */
    static final class Out {
        private final Map<String, Integer> numbers = new HashMap<>();

        void write(DataOutput out, String value) throws IOException {
            Integer number = numbers.get(value);
            if (number != null) {
                out.writeInt(number);
                return;
            }
            numbers.put(value, numbers.size());
            out.writeInt(NEW);
            out.writeUTF(value);
        }
    }

    /** The Strings of one run as it is read back. */
    static final class In {
        private final List<String> strings = new ArrayList<>();

        String read(DataInput in) throws IOException {
            int number = in.readInt();
            if (number != NEW) {
                return strings.get(number);
            }
            String value = in.readUTF();
            strings.add(value);
            return value;
        }
    }
}
