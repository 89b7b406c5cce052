package org.entente.convert;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.Collection;

/** Values written as the compact JSON text that {@link org.entente.model.Extras} holds. */
final class JsonText {
    private JsonText() {
    }

    static String string(String value) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
    }

    static String strings(Collection<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (String value : values) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(string(value));
        }
        return out.append(']').toString();
    }

    /** A whole number as a JSON number, anything else as a JSON string, so that "2" stays 2 and "2b" stays text. */
    static String numberOrString(String value) {
        return value.matches("-?[0-9]{1,15}") ? value.replaceFirst("^(-?)0+(?=[0-9])", "$1") : string(value);
    }
}
