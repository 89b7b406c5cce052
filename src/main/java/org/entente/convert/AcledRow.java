package org.entente.convert;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.function.Function;
import org.entente.codes.IsoNumericCountries;
import org.entente.model.Citation;
import org.entente.model.Code;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Location;
import org.entente.model.Participant;
import org.entente.time.When;

/**
 * One row of an ACLED export, read into an event, with a problem for each value it cannot use. A value the
 * dataset cannot hold (see {@link ImportText}) is reported and read as missing, so that what is written
 * always loads.
 */
final class AcledRow {
    /** Each value in a title or a place name is cut to this, so that labels stay labels. */
    private static final int LABEL_PART = 200;
    private static final String LIST_SEPARATOR = ";";
    private static final String DECIMAL = "-?[0-9]{1,3}(\\.[0-9]{1,20})?";

    private final NamedColumns columns;
    private final List<String> fields;
    private final Consumer<String> problems;
    /** Values already read, so that one that cannot be used is reported once. */
    private final Map<String, Optional<String>> values = new HashMap<>();
    private final Map<String, String> extras = new LinkedHashMap<>();
    /** The actor types of sides 1 and 2, read once. */
    private final int[] inters = new int[3];

    AcledRow(NamedColumns columns, List<String> fields, Consumer<String> problems) {
        this.columns = columns;
        this.fields = fields;
        this.problems = problems;
    }

    private String get(String column) {
        return values.computeIfAbsent(column, c -> {
            String value = columns.value(fields, c);
            String unwritable = value == null ? null : ImportText.unwritable(value);
            if (unwritable != null) {
                problems.accept(c + " \"" + ImportText.quote(value) + "\": " + unwritable + "; it was left out");
                return Optional.empty();
            }
            return Optional.ofNullable(value);
        }).orElse(null);
    }

    private static List<String> split(String list) {
        Set<String> parts = new LinkedHashSet<>();
        if (list != null) {
            for (String part : list.split(LIST_SEPARATOR)) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
        }
        return List.copyOf(parts);
    }

    /**
     * The row's event, or empty after reporting why the row was skipped.
     *
     * @param eventIds the event id for an ACLED id, null when an earlier row had it
     * @param sources  the source id for a source's name
     */
    Optional<Event> toEvent(Function<String, String> eventIds, AcledActors actors, Function<String, String> sources,
                            Map<String, String> extraNames) {
        if (fields.size() != columns.width()) {
            problems.accept("expected " + columns.width() + " comma-separated fields as in the header, found "
                    + fields.size() + "; the row was skipped");
            return Optional.empty();
        }
        String acledId = get(AcledColumns.EVENT_ID);
        if (acledId == null) {
            problems.accept("no event_id_cnty; the row was skipped");
            return Optional.empty();
        }
        When when = when();
        if (when == null) {
            return Optional.empty();
        }
        String id = eventIds.apply(acledId);
        if (id == null) {
            problems.accept("duplicate event_id_cnty " + ImportText.quote(acledId) + ": an earlier row has it;"
                    + " the row was skipped");
            return Optional.empty();
        }
        Map<String, Participant> participants = new LinkedHashMap<>();
        String actor1 = side(1, actors, participants);
        String actor2 = side(2, actors, participants);
        String eventType = get("event_type");
        String subEventType = get("sub_event_type");
        Location location = location();
        List<Citation> citations = new ArrayList<>();
        for (String source : split(get("source"))) {
            citations.add(new Citation(sources.apply(source), null, null, 0));
        }
        List<String> tags = new ArrayList<>(split(get("tags")));
        if (get("civilian_targeting") != null) {
            tags.add("civilian-targeting");
        }
        counts();
        for (Map.Entry<String, String> extra : extraNames.entrySet()) {
            String value = get(extra.getKey());
            if (value != null) {
                extras.put(extra.getValue(), JsonText.string(value));
            }
        }
        return Optional.of(new Event(id, title(actor1, subEventType != null ? subEventType : eventType, actor2, acledId),
                when, eventType == null ? null : Slugs.slug(ImportText.shortened(eventType, 80)), get("notes"),
                location, List.copyOf(participants.values()), Double.NaN, codes(eventType, subEventType),
                List.copyOf(new LinkedHashSet<>(tags)), citations, Extras.of(extras)));
    }

    /** The event's date as precise as time_precision says, or null after reporting why there is none. */
    private When when() {
        String text = get(AcledColumns.EVENT_DATE);
        if (text == null) {
            problems.accept("no event_date; the row was skipped");
            return null;
        }
        LocalDate day = AcledDate.parse(text);
        if (day == null) {
            problems.accept("event_date \"" + ImportText.quote(text) + "\" is not a real day written as ACLED"
                    + " writes dates (28 December 2022, 28-December-2022, 28-12-2022 or 2022-12-28); the row was skipped");
            return null;
        }
        String year = get("year");
        if (year != null && !year.equals(String.valueOf(day.getYear()))) {
            problems.accept("year " + ImportText.quote(year) + " is not the year of event_date " + text
                    + "; event_date was kept");
        }
        int precision = precision("time_precision", "the date is taken as known to the month only");
        When when = AcledDate.when(day, precision);
        if (when == null) {
            problems.accept("event_date " + text + " cannot be written as an EDTF date; the row was skipped");
            return null;
        }
        extras.put("x-acled-time-precision", String.valueOf(precision));
        if (precision != 1) {
            extras.put("x-acled-coded-date", JsonText.string(day.toString()));
        }
        return when;
    }

    /**
     * A precision code, 1 to 3. A missing or unknown one is reported and read as 3, the least precise, so
     * that nothing is shown as more certain than ACLED said.
     */
    private int precision(String column, String consequence) {
        String text = get(column);
        if (text != null && text.matches("[123]")) {
            return Integer.parseInt(text);
        }
        problems.accept(column + (text == null ? " is missing" : " \"" + ImportText.quote(text) + "\" is not 1, 2 or 3")
                + "; " + consequence);
        return 3;
    }

    /** Adds one side's actor and associated actors as participants; returns the actor's name. */
    private String side(int side, AcledActors actors, Map<String, Participant> participants) {
        String name = get("actor" + side);
        int inter = inter("inter" + side);
        inters[side] = inter;
        String role = "side-" + side;
        if (name != null) {
            String id = actors.actor(name, inter);
            participants.putIfAbsent(id, new Participant(id, role));
        }
        for (String associate : split(get("assoc_actor_" + side))) {
            String id = actors.actor(associate, 0);
            participants.putIfAbsent(id, new Participant(id, role + "-associate"));
        }
        return name;
    }

    /**
     * An actor type code, 1 to 8, written as the number or (as exports since 2024 write it) the type's name; 0 when
     * there is none, also after reporting one that is not a type.
     */
    private int inter(String column) {
        String text = get(column);
        if (text == null || text.equals("0")) {
            return 0;
        }
        if (text.matches("[1-8]")) {
            return Integer.parseInt(text);
        }
        int named = AcledActors.interOf(text);
        if (named > 0) {
            return named;
        }
        problems.accept(column + " \"" + ImportText.quote(text) + "\" is not an ACLED actor type (1 to 8);"
                + " it was left out");
        return 0;
    }

    private static String title(String actor1, String action, String actor2, String acledId) {
        StringJoiner title = new StringJoiner(" \u2014 ");
        if (actor1 != null) {
            title.add(ImportText.shortened(actor1, LABEL_PART));
        }
        title.add(action != null ? ImportText.shortened(action, LABEL_PART)
                : "ACLED event " + ImportText.shortened(acledId, LABEL_PART));
        if (actor2 != null) {
            title.add(ImportText.shortened(actor2, LABEL_PART));
        }
        return title.toString();
    }

    private List<Code> codes(String eventType, String subEventType) {
        List<Code> codes = new ArrayList<>();
        for (String disorder : split(get("disorder_type"))) {
            codes.add(new Code("acled-disorder-type", disorder));
        }
        if (eventType != null) {
            codes.add(new Code("acled-event-type", eventType));
        }
        if (subEventType != null) {
            codes.add(new Code("acled-sub-event-type", subEventType));
        }
        for (int side = 1; side <= 2; side++) {
            if (inters[side] > 0) {
                codes.add(new Code("acled-inter" + side, String.valueOf(inters[side])));
            }
        }
        String interaction = get("interaction");
        // Numbers ("12") in the older exports, names ("State forces-Rebel group") in the newer.
        if (interaction != null && (interaction.matches("[0-8]{1,2}") || interaction.matches("[A-Za-z /;-]{1,80}"))) {
            codes.add(new Code("acled-interaction", interaction));
        } else if (interaction != null) {
            problems.accept("interaction \"" + ImportText.quote(interaction) + "\" is neither a pair of actor types nor"
                    + " their names;"
                    + " it was left out");
        }
        return codes;
    }

    /** Fatalities, the scale of the sources and the time of ACLED's last update, as extra fields. */
    private void counts() {
        String fatalities = get("fatalities");
        if (fatalities != null && fatalities.matches("[0-9]{1,9}")) {
            extras.put("x-acled-fatalities", String.valueOf(Integer.parseInt(fatalities)));
        } else if (fatalities != null) {
            problems.accept("fatalities \"" + ImportText.quote(fatalities) + "\" is not a whole number from 0 to"
                    + " 999999999; it was left out");
        }
        String scale = get("source_scale");
        if (scale != null) {
            extras.put("x-acled-source-scale", JsonText.string(scale));
        }
        String timestamp = get("timestamp");
        if (timestamp != null) {
            try {
                if (!timestamp.matches("[0-9]{1,12}")) {
                    throw new DateTimeException("not a Unix time");
                }
                extras.put("x-acled-timestamp", JsonText.string(Instant.ofEpochSecond(Long.parseLong(timestamp)).toString()));
            } catch (DateTimeException e) {
                problems.accept("timestamp \"" + ImportText.quote(timestamp) + "\" is not a Unix time in seconds;"
                        + " it was left out");
            }
        }
    }

    /**
     * The place, named as precisely as geo_precision says: "near" the town for 2, "in the region of" it for 3;
     * for 3 the coordinates (a town standing for the region) are kept as extra fields, not as a point.
     */
    private Location location() {
        StringJoiner name = new StringJoiner(", ");
        String last = null;
        for (String column : List.of("location", "admin1", "country")) {
            String part = get(column);
            if (part != null && !part.equalsIgnoreCase(last)) {
                name.add(ImportText.shortened(part, LABEL_PART));
                last = part;
            }
        }
        double lat = coordinate("latitude", 90);
        double lon = coordinate("longitude", 180);
        if (Double.isNaN(lat) != Double.isNaN(lon)) {
            if (get("latitude") == null || get("longitude") == null) {
                problems.accept("a latitude without a longitude, or the reverse; the coordinate was left out");
            }
            lat = Double.NaN;
            lon = Double.NaN;
        }
        if (name.length() == 0 && Double.isNaN(lat)) {
            return null;
        }
        String named = name.length() > 0 ? name.toString() : lat + ", " + lon;
        int precision = precision("geo_precision", "the place is taken as known to its region only");
        extras.put("location/x-acled-geo-precision", String.valueOf(precision));
        for (String column : List.of("admin1", "admin2", "admin3", "region")) {
            String value = get(column);
            if (value != null) {
                extras.put("location/x-acled-" + column, JsonText.string(value));
            }
        }
        if (precision == 2) {
            named = "near " + named;
        } else if (precision == 3) {
            named = "in the region of " + named;
            if (!Double.isNaN(lat)) {
                extras.put("location/x-acled-latitude", String.valueOf(lat));
                extras.put("location/x-acled-longitude", String.valueOf(lon));
            }
            lat = Double.NaN;
            lon = Double.NaN;
        }
        String country = IsoNumericCountries.alpha3(get("iso"));
        if (country == null) {
            country = CountryNames.alpha3(get("country")).orElse(null);
        }
        return new Location(named, country, lat, lon);
    }

    /** A latitude or longitude, NaN when missing or (reported) unreadable or beyond ±limit. */
    private double coordinate(String column, int limit) {
        String text = get(column);
        if (text == null) {
            return Double.NaN;
        }
        double value = text.matches(DECIMAL) ? Double.parseDouble(text) : Double.NaN;
        if (Double.isNaN(value) || Math.abs(value) > limit) {
            problems.accept(column + " \"" + ImportText.quote(text) + "\" is not a decimal number from -" + limit
                    + " to " + limit + "; it was left out");
            return Double.NaN;
        }
        return value;
    }
}
