package org.entente.convert;

import static org.entente.convert.GdeltColumns.*;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import org.entente.bytes.ByteKeyedCache;

/**
 * Reads the event fields of export rows. The fields that identify and date an event (GLOBALEVENTID,
 * SQLDATE, EventCode, EventRootCode) are required: a row without them is rejected. The others are
 * optional: a value that is present but unreadable is dropped with a warning and the row is kept.
 * Values that repeat from row to row (codes, days, times added, places) are read once and shared, so that
 * the events waiting to be merged hold one copy of each.
 */
final class GdeltRow {
    private static final int MAX_PLACE_NAME = 1000;
    private static final DateTimeFormatter DATE_ADDED_FORM = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final DateTimeFormatter INSTANT_FORM = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");
    /** Distinct values remembered: far more than the codes, days and places of a day's exports. */
    private static final int REMEMBERED = 1 << 16;

    private final ByteKeyedCache<String> texts = new ByteKeyedCache<>(REMEMBERED);
    private final Map<String, String> days = new HashMap<>();
    private final Map<String, String> instants = new HashMap<>();

    /** A row that cannot become an event; the message says why. */
    static final class Rejected extends Exception {
        Rejected(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The row's event, keyed by its actors' ids (empty when absent); warnings go to {@code warn}. A row whose
     * GLOBALEVENTID {@code firstSeen} refuses repeats an earlier row and is rejected. The ids are asked for
     * only once the row is known to be an event, so that a rejected row adds no actor.
     */
    PendingEvent read(TabFields row, LongPredicate firstSeen, Supplier<String> actor1, Supplier<String> actor2,
                      Consumer<String> warn) throws Rejected {
        long globalEventId = row.plainCount(GLOBAL_EVENT_ID);
        if (globalEventId < 0) {
            globalEventId = GdeltFields.count(required(row, GLOBAL_EVENT_ID, "GLOBALEVENTID"));
        }
        if (globalEventId < 0) {
            throw new Rejected("GLOBALEVENTID " + ProblemText.quote(row.raw(GLOBAL_EVENT_ID)) + " is not a whole number");
        }
        String day = day(required(row, SQL_DATE, "SQLDATE"));
        String eventCode = code(required(row, EVENT_CODE, "EventCode"), "EventCode");
        String rootCode = code(required(row, EVENT_ROOT_CODE, "EventRootCode"), "EventRootCode");
        String baseCode = shared(row, EVENT_BASE_CODE);
        if (!firstSeen.test(globalEventId)) {
            throw new Rejected("GLOBALEVENTID " + globalEventId + " repeats an earlier row's");
        }

        PendingEvent event = new PendingEvent(new EventKey(day, actor1.get(), actor2.get(), eventCode), baseCode, rootCode);
        event.globalEventId = globalEventId;
        event.quadClass = optionalQuadClass(shared(row, QUAD_CLASS), warn);
        event.goldstein = optionalDecimal(row, GOLDSTEIN_SCALE, "GoldsteinScale", -10, 10, warn);
        event.mentions = optionalCount(row, NUM_MENTIONS, "NumMentions", warn);
        event.sourceCount = optionalCount(row, NUM_SOURCES, "NumSources", warn);
        event.articles = optionalCount(row, NUM_ARTICLES, "NumArticles", warn);
        double avgTone = optionalDecimal(row, AVG_TONE, "AvgTone", -100, 100, warn);
        if (!Double.isNaN(avgTone)) {
            // Weighted by mentions, so that merged rows average as their coverage does; a row without a
            // mention count still counts once.
            event.toneWeight = Math.max(1, event.mentions);
            event.weightedToneMicros = Math.round(avgTone * 1e6) * event.toneWeight;
        }
        event.dateAdded = optionalDateAdded(shared(row, DATE_ADDED), warn);
        place(row, event, warn);
        return event;
    }

    /** The field as {@link GdeltFields#text} reads it, the same String for the same bytes. */
    private String shared(TabFields row, int column) {
        String text = texts.get(row.line(), row.start(column), row.end(column));
        if (text == null) {
            text = row.text(column);
            texts.put(row.line(), row.start(column), row.end(column), text);
        }
        return text;
    }

    private String required(TabFields row, int column, String name) throws Rejected {
        String value = shared(row, column);
        if (value.isEmpty()) {
            throw new Rejected(name + " is " + (GdeltFields.isNa(row.raw(column)) ? "NA" : "empty"));
        }
        return value;
    }

    /** Remembers what {@code read} makes of a valid value; an invalid one is read again each time, to be reported. */
    private static String remembered(Map<String, String> known, String value, ValueReader read) throws Rejected {
        String result = known.get(value);
        if (result == null) {
            result = read.read(value);
            if (result != null) {
                if (known.size() == REMEMBERED) {
                    known.clear();
                }
                known.put(value, result);
            }
        }
        return result;
    }

    private interface ValueReader {
        /** The value read; null, or a rejection, when it cannot be. */
        String read(String value) throws Rejected;
    }

    private String day(String sqlDate) throws Rejected {
        return remembered(days, sqlDate, GdeltRow::isoDay);
    }

    private static String isoDay(String sqlDate) throws Rejected {
        if (sqlDate.length() == 8 && GdeltFields.isDigits(sqlDate)) {
            try {
                return LocalDate.of(Integer.parseInt(sqlDate.substring(0, 4)), Integer.parseInt(sqlDate.substring(4, 6)),
                        Integer.parseInt(sqlDate.substring(6))).toString();
            } catch (DateTimeException notADay) {
                // Reported below, as for any other text that is not YYYYMMDD.
            }
        }
        throw new Rejected("SQLDATE " + ProblemText.quote(sqlDate) + " is not a date in YYYYMMDD form");
    }

    private static String code(String value, String name) throws Rejected {
        if (!CameoKinds.isEventCode(value)) {
            throw new Rejected(name + " " + ProblemText.quote(value) + " is not a CAMEO event code (two to four digits)");
        }
        return value;
    }

    private static String optionalQuadClass(String value, Consumer<String> warn) {
        if (value.isEmpty() || value.length() == 1 && value.charAt(0) >= '1' && value.charAt(0) <= '4') {
            return value;
        }
        warn.accept("QuadClass " + ProblemText.quote(value) + " is not 1, 2, 3 or 4; the event has no quad class");
        return "";
    }

    private static double optionalDecimal(TabFields row, int column, String name, double min, double max,
                                          Consumer<String> warn) {
        double number = row.plainDecimal(column);
        if (Double.isNaN(number)) {
            String value = row.text(column);
            if (value.isEmpty()) {
                return Double.NaN;
            }
            number = GdeltFields.decimal(value);
        }
        if (Double.isNaN(number) || number < min || number > max) {
            warn.accept(name + " " + ProblemText.quote(row.text(column)) + " is not a number from " + (int) min + " to "
                    + (int) max + "; it is left out");
            return Double.NaN;
        }
        return number;
    }

    private static long optionalCount(TabFields row, int column, String name, Consumer<String> warn) {
        long plain = row.plainCount(column);
        if (plain >= 0) {
            return plain;
        }
        String value = row.text(column);
        if (value.isEmpty()) {
            return 0;
        }
        long count = GdeltFields.count(value);
        if (count < 0) {
            warn.accept(name + " " + ProblemText.quote(value) + " is not a whole number; it counts as 0");
            return 0;
        }
        return count;
    }

    /** DATEADDED as an ISO instant in UTC, which GDELT documents it to be, or empty. */
    private String optionalDateAdded(String value, Consumer<String> warn) throws Rejected {
        if (value.isEmpty()) {
            return "";
        }
        String instant = remembered(instants, value, GdeltRow::instant);
        if (instant != null) {
            return instant;
        }
        warn.accept("DATEADDED " + ProblemText.quote(value) + " is not a time in YYYYMMDDHHMMSS form; it is left out");
        return "";
    }

    private static String instant(String dateAdded) {
        if (dateAdded.length() == 14 && GdeltFields.isDigits(dateAdded)) {
            try {
                return LocalDateTime.parse(dateAdded, DATE_ADDED_FORM).format(INSTANT_FORM);
            } catch (DateTimeException notATime) {
                // Reported by the caller.
            }
        }
        return null;
    }

    /** The ActionGeo place; type 0 (or none) means GDELT found no place for the event. */
    private void place(TabFields row, PendingEvent event, Consumer<String> warn) {
        String type = shared(row, ACTION_GEO_TYPE);
        if (type.isEmpty() || type.equals("0")) {
            return;
        }
        if (!(type.length() == 1 && type.charAt(0) >= '1' && type.charAt(0) <= '5')) {
            warn.accept("ActionGeo_Type " + ProblemText.quote(type) + " is not 0 to 5; the event has no location");
            return;
        }
        String name = shared(row, ACTION_GEO_FULL_NAME);
        if (name.isEmpty()) {
            warn.accept("ActionGeo_FullName is empty although ActionGeo_Type is " + type + "; the event has no location");
            return;
        }
        event.placeName = name.length() > MAX_PLACE_NAME ? name.substring(0, MAX_PLACE_NAME) : name;
        String fips = shared(row, ACTION_GEO_COUNTRY_CODE);
        String iso = fips.isEmpty() ? null : FipsCountries.iso3(fips);
        event.placeCountry = iso == null ? "" : iso;
        double lat = optionalDecimal(row, ACTION_GEO_LAT, "ActionGeo_Lat", -90, 90, warn);
        double lon = optionalDecimal(row, ACTION_GEO_LONG, "ActionGeo_Long", -180, 180, warn);
        // A point needs both coordinates; half of one would put the event on the equator or the meridian.
        if (!Double.isNaN(lat) && !Double.isNaN(lon)) {
            event.lat = lat;
            event.lon = lon;
        }
    }
}
