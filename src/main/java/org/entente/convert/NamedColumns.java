package org.entente.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a file with a header row, found by name so that their order (and the case of their names)
 * does not matter. Columns the format does not define are listed as extras, to be kept on the records.
 */
final class NamedColumns {
    private final Map<String, Integer> positions = new HashMap<>();
    private final List<String> required;
    private final List<String> extras = new ArrayList<>();
    private final int width;

    /**
     * @param names    the header's names, in order
     * @param known    the names the format defines, spelt as the caller asks for them
     * @param required the known names a file must have
     */
    NamedColumns(List<String> names, List<String> known, List<String> required) {
        this.required = required;
        Map<String, String> byLowerCase = new HashMap<>();
        known.forEach(name -> byLowerCase.put(name.toLowerCase(Locale.ROOT), name));
        width = names.size();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            String spelt = byLowerCase.get(name.toLowerCase(Locale.ROOT));
            if (positions.putIfAbsent(spelt == null ? name : spelt, i) == null && spelt == null && !name.isEmpty()) {
                extras.add(name);
            }
        }
    }

    int width() {
        return width;
    }

    /** The required columns the header lacks. */
    List<String> missingRequired() {
        return required.stream().filter(c -> !positions.containsKey(c)).toList();
    }

    List<String> extraColumns() {
        return extras;
    }

    /** A row's value in a column, stripped, or null when the column is absent or the value is empty or NA. */
    String value(List<String> fields, String column) {
        Integer position = positions.get(column);
        if (position == null || position >= fields.size()) {
            return null;
        }
        String value = fields.get(position).strip();
        return value.isEmpty() || value.equals("NA") ? null : value;
    }
}
