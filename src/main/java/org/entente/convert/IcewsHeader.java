package org.entente.convert;

import java.util.Arrays;
import java.util.List;

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

    private final NamedColumns columns;

    IcewsHeader(String line) {
        columns = new NamedColumns(Arrays.asList(line.split("\t", -1)), KNOWN, List.of(EVENT_ID, EVENT_DATE));
    }

    int width() {
        return columns.width();
    }

    /** The required columns the header lacks. */
    List<String> missingRequired() {
        return columns.missingRequired();
    }

    List<String> extraColumns() {
        return columns.extraColumns();
    }

    /** A row's value in a column, or null when the column is absent or the value is empty or NA. */
    String value(String[] fields, String column) {
        return columns.value(Arrays.asList(fields), column);
    }
}
