package org.entente.map;

import java.util.Locale;

/**
 * The words of the note over a map shaded by a store's counts, so that counts are never taken for events
 * placed one by one: what the shades count, what would show the events themselves, and whether finer
 * data is on its way.
 */
final class CountsNote {
    private static final String COMING = " \u2014 finer data coming\u2026";

    private CountsNote() {
    }

    /**
     * @param counts        the latest answer on hand, null before the first
     * @param current       whether it answers the map's time as it is now
     * @param recordsComing whether the store's records of a new window are on their way, which may cover the
     *                      map's time: nothing is then said of what shows events one by one
     * @param otherTime     whether the records held are of another time than the map's (the timeline's window)
     */
    static String text(StoreCountries.Answer counts, boolean current, boolean recordsComing, boolean otherTime) {
        if (counts == null) {
            return "Counting this time's events by country in the store\u2026";
        }
        String shaded = current
                ? String.format(Locale.ROOT, "Countries shaded by the store's counts of this time's %,d events", counts.events())
                : "Countries shaded by the store's counts of the time shown before";
        if (recordsComing) {
            return shaded + COMING;
        }
        String oneByOne = otherTime ? "; events are fetched one by one for the timeline's window: move the cursor into it"
                : "; zoom in to see events one by one";
        return shaded + oneByOne + (current ? "" : COMING);
    }
}
