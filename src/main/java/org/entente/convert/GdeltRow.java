package org.entente.convert;

import static org.entente.convert.GdeltColumns.*;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import java.util.function.Supplier;

/**
 * Reads the event fields of one export row. The fields that identify and date an event (GLOBALEVENTID,
 * SQLDATE, EventCode, EventRootCode) are required: a row without them is rejected. The others are
 * optional: a value that is present but unreadable is dropped with a warning and the row is kept.
 */
final class GdeltRow {
    private static final int MAX_PLACE_NAME = 1000;
    private static final DateTimeFormatter DATE_ADDED_FORM = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final DateTimeFormatter INSTANT_FORM = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    private GdeltRow() {
    }

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
    static PendingEvent read(String[] row, LongPredicate firstSeen, Supplier<String> actor1, Supplier<String> actor2,
                             Consumer<String> warn) throws Rejected {
        long globalEventId = GdeltFields.count(required(row, GLOBAL_EVENT_ID, "GLOBALEVENTID"));
        if (globalEventId < 0) {
            throw new Rejected("GLOBALEVENTID " + ProblemText.quote(row[GLOBAL_EVENT_ID]) + " is not a whole number");
        }
        String day = day(required(row, SQL_DATE, "SQLDATE"));
        String eventCode = code(required(row, EVENT_CODE, "EventCode"), "EventCode");
        String rootCode = code(required(row, EVENT_ROOT_CODE, "EventRootCode"), "EventRootCode");
        String baseCode = GdeltFields.text(row[EVENT_BASE_CODE]);
        if (!firstSeen.test(globalEventId)) {
            throw new Rejected("GLOBALEVENTID " + globalEventId + " repeats an earlier row's");
        }

        PendingEvent event = new PendingEvent(new EventKey(day, actor1.get(), actor2.get(), eventCode), baseCode, rootCode);
        event.globalEventId = globalEventId;
        event.quadClass = optionalQuadClass(row[QUAD_CLASS], warn);
        event.goldstein = optionalDecimal(row[GOLDSTEIN_SCALE], "GoldsteinScale", -10, 10, warn);
        event.mentions = optionalCount(row[NUM_MENTIONS], "NumMentions", warn);
        event.sourceCount = optionalCount(row[NUM_SOURCES], "NumSources", warn);
        event.articles = optionalCount(row[NUM_ARTICLES], "NumArticles", warn);
        double avgTone = optionalDecimal(row[AVG_TONE], "AvgTone", -100, 100, warn);
        if (!Double.isNaN(avgTone)) {
            // Weighted by mentions, so that merged rows average as their coverage does; a row without a
            // mention count still counts once.
            event.toneWeight = Math.max(1, event.mentions);
            event.weightedToneMicros = Math.round(avgTone * 1e6) * event.toneWeight;
        }
        event.dateAdded = optionalDateAdded(row[DATE_ADDED], warn);
        place(row, event, warn);
        return event;
    }

    private static String required(String[] row, int column, String name) throws Rejected {
        String value = GdeltFields.text(row[column]);
        if (value.isEmpty()) {
            throw new Rejected(name + " is " + (GdeltFields.isNa(row[column]) ? "NA" : "empty"));
        }
        return value;
    }

    private static String day(String sqlDate) throws Rejected {
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

    private static String optionalQuadClass(String field, Consumer<String> warn) {
        String value = GdeltFields.text(field);
        if (value.isEmpty() || value.length() == 1 && value.charAt(0) >= '1' && value.charAt(0) <= '4') {
            return value;
        }
        warn.accept("QuadClass " + ProblemText.quote(value) + " is not 1, 2, 3 or 4; the event has no quad class");
        return "";
    }

    private static double optionalDecimal(String field, String name, double min, double max, Consumer<String> warn) {
        String value = GdeltFields.text(field);
        if (value.isEmpty()) {
            return Double.NaN;
        }
        double number = GdeltFields.decimal(value);
        if (Double.isNaN(number) || number < min || number > max) {
            warn.accept(name + " " + ProblemText.quote(value) + " is not a number from " + (int) min + " to " + (int) max + "; it is left out");
            return Double.NaN;
        }
        return number;
    }

    private static long optionalCount(String field, String name, Consumer<String> warn) {
        String value = GdeltFields.text(field);
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
    private static String optionalDateAdded(String field, Consumer<String> warn) {
        String value = GdeltFields.text(field);
        if (value.isEmpty()) {
            return "";
        }
        if (value.length() == 14 && GdeltFields.isDigits(value)) {
            try {
                return LocalDateTime.parse(value, DATE_ADDED_FORM).format(INSTANT_FORM);
            } catch (DateTimeException notATime) {
                // Reported below.
            }
        }
        warn.accept("DATEADDED " + ProblemText.quote(value) + " is not a time in YYYYMMDDHHMMSS form; it is left out");
        return "";
    }

    /** The ActionGeo place; type 0 (or none) means GDELT found no place for the event. */
    private static void place(String[] row, PendingEvent event, Consumer<String> warn) {
        String type = GdeltFields.text(row[ACTION_GEO_TYPE]);
        if (type.isEmpty() || type.equals("0")) {
            return;
        }
        if (!(type.length() == 1 && type.charAt(0) >= '1' && type.charAt(0) <= '5')) {
            warn.accept("ActionGeo_Type " + ProblemText.quote(type) + " is not 0 to 5; the event has no location");
            return;
        }
        String name = GdeltFields.text(row[ACTION_GEO_FULL_NAME]);
        if (name.isEmpty()) {
            warn.accept("ActionGeo_FullName is empty although ActionGeo_Type is " + type + "; the event has no location");
            return;
        }
        event.placeName = name.length() > MAX_PLACE_NAME ? name.substring(0, MAX_PLACE_NAME) : name;
        String fips = GdeltFields.text(row[ACTION_GEO_COUNTRY_CODE]);
        String iso = fips.isEmpty() ? null : FipsCountries.iso3(fips);
        event.placeCountry = iso == null ? "" : iso;
        double lat = optionalDecimal(row[ACTION_GEO_LAT], "ActionGeo_Lat", -90, 90, warn);
        double lon = optionalDecimal(row[ACTION_GEO_LONG], "ActionGeo_Long", -180, 180, warn);
        // A point needs both coordinates; half of one would put the event on the equator or the meridian.
        if (!Double.isNaN(lat) && !Double.isNaN(lon)) {
            event.lat = lat;
            event.lon = lon;
        }
    }
}
