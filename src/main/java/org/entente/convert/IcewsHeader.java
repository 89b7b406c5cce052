package org.entente.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of an ICEWS file, found by name in its header so that their order does not matter. Columns
 * ICEWS does not define are listed as extras, to be kept on the events.
 */
final class IcewsHeader {
    static final String EVENT_ID = "Event ID";
    static final String EVENT_DATE = "Event Date";
    static final List<String> KNOWN = List.of(EVENT_ID, EVENT_DATE, "Source Name", "Source Sectors",
            "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
            "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District", "Province",
            "Country", "Latitude", "Longitude");

    private final Map<String, Integer> positions = new HashMap<>();
    private final List<String> extras = new ArrayList<>();
    private final int width;

    IcewsHeader(String line) {
        String[] names = line.split("\t", -1);
        width = names.length;
        for (int i = 0; i < names.length; i++) {
            String name = names[i].strip();
            String known = KNOWN.stream().filter(k -> k.equalsIgnoreCase(name)).findFirst().orElse(null);
            positions.putIfAbsent(known == null ? name : known, i);
            if (known == null && !name.isEmpty()) {
                extras.add(name);
            }
        }
    }

    int width() {
        return width;
    }

    /** The required columns the header lacks. */
    List<String> missingRequired() {
        return List.of(EVENT_ID, EVENT_DATE).stream().filter(c -> !positions.containsKey(c)).toList();
    }

    List<String> extraColumns() {
        return extras;
    }

    /** A row's value in a column, or null when the column is absent or the value is empty or NA. */
    String value(String[] fields, String column) {
        Integer position = positions.get(column);
        if (position == null || position >= fields.length) {
            return null;
        }
        String value = fields[position].strip();
        return value.isEmpty() || value.equals("NA") ? null : value;
    }
}
