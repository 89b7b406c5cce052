package org.entente.convert;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;
import org.entente.codes.CodeLabels;
import org.entente.model.Citation;
import org.entente.model.Code;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Location;
import org.entente.model.Participant;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.entente.time.When;

/**
 * One PLOVER record read into an event. Fields are read under the manual's names and under the 0.5
 * gold-standard names ({@code source}, {@code target}, {@code eventText}, {@code textInfo}, {@code eventLoc});
 * a field may hold one value or a list where the manual allows several. A value the dataset cannot hold (see
 * {@link ImportText}) is reported with the field's name and left out.
 */
final class PloverRecord {
    private static final int LABEL_PART = 200;
    private static final int NAMES_IN_TITLE = 3;
    /** Fields this class maps; any other is kept as an extra field {@code x-plover-<name>}. */
    private static final Set<String> MAPPED = Set.of("id", "date", "time", "enddate", "endtime", "actor",
            "recipient", "source", "target", "event", "mode", "context", "event_loc", "eventLoc", "text", "cite_info",
            "citeInfo", "publication", "quad_code", "event_scale", "has_event");

    /** Where the events' sources and actors go, shared by the records of one import. */
    interface Sink {
        /** The event id for a record id, or null when an earlier record had it. */
        String eventId(String ploverId);

        /** The id of the source a record's citation information stands for. */
        String source(String title, String publisher, String url, JsonNode citeInfo);

        PloverActors actors();
    }

    private final JsonNode record;
    private final Consumer<String> problems;
    private final Map<String, String> extras = new LinkedHashMap<>();

    PloverRecord(JsonNode record, Consumer<String> problems) {
        this.record = record;
        this.problems = problems;
    }

    /** The field's text (a string, or a number as written), or null when absent, blank or (reported) unwritable. */
    private String text(JsonNode parent, String where, String... names) {
        for (String name : names) {
            JsonNode value = parent.get(name);
            if (value != null && (value.isTextual() || value.isNumber()) && !value.asText().isBlank()) {
                String text = value.asText().strip();
                String unwritable = ImportText.unwritable(text);
                if (unwritable == null) {
                    return text;
                }
                problems.accept(where + name + " \"" + ImportText.quote(text) + "\": " + unwritable + "; it was left out");
                return null;
            }
        }
        return null;
    }

    /** The values of a field that holds one string or a list of them; the 0.5 records list several as "a, b". */
    private List<String> strings(String name) {
        JsonNode value = record.get(name);
        List<String> strings = new ArrayList<>();
        if (value == null) {
            return strings;
        }
        for (JsonNode element : value.isArray() ? value : List.of(value)) {
            if (element.isTextual() && !element.textValue().isBlank()) {
                String unwritable = ImportText.unwritable(element.textValue());
                if (unwritable == null) {
                    for (String part : element.textValue().split(",")) {
                        if (!part.isBlank()) {
                            strings.add(part.strip());
                        }
                    }
                } else {
                    problems.accept(name + " \"" + ImportText.quote(element.textValue()) + "\": " + unwritable
                            + "; it was left out");
                }
            }
        }
        return strings;
    }

    /** Keeps a field as the extra field {@code x-plover-<name>}, unless the dataset cannot hold it. */
    private void keep(String prefix, String name, JsonNode value) {
        String unwritable = ImportText.unwritable(value);
        if (unwritable != null) {
            problems.accept(name + ": " + unwritable + "; it was left out");
        } else {
            extras.put(prefix + "x-plover-" + Slugs.slug(ImportText.shortened(name, 100)), value.toString());
        }
    }

    /** The record's event, or empty after reporting why it was skipped (a documentation record is skipped quietly). */
    Optional<Event> toEvent(Sink sink) {
        List<String> events = strings("event");
        if (!events.isEmpty() && events.stream().allMatch(PloverCategories.DOCUMENT::equalsIgnoreCase)) {
            return Optional.empty();
        }
        if (record.path("has_event").isBoolean() && !record.get("has_event").booleanValue()) {
            problems.accept("has_event is false: no event was coded from this text; the record was skipped");
            return Optional.empty();
        }
        String ploverId = text(record, "", "id");
        if (ploverId == null) {
            problems.accept("no id; the record was skipped");
            return Optional.empty();
        }
        When when = when();
        if (when == null) {
            return Optional.empty();
        }
        List<String> categories = new ArrayList<>();
        List<Code> codes = new ArrayList<>();
        for (String name : events) {
            String category = PloverCategories.category(name);
            if (category == null) {
                problems.accept("event \"" + ImportText.quote(name) + "\" is not a PLOVER category; it is kept as a"
                        + " code only");
                codes.add(new Code("plover", name));
            } else if (!categories.contains(category)) {
                categories.add(category);
                codes.add(new Code("plover", category));
                if (!category.equalsIgnoreCase(name)) {
                    codes.add(new Code("plover-0.5", name));
                }
            }
        }
        if (events.isEmpty()) {
            problems.accept("no event category; the record was skipped");
            return Optional.empty();
        }
        String id = sink.eventId(ploverId);
        if (id == null) {
            problems.accept("duplicate id " + ImportText.quote(ploverId) + ": an earlier record has it; the record"
                    + " was skipped");
            return Optional.empty();
        }
        List<String> modes = strings("mode");
        modes.forEach(mode -> codes.add(new Code("plover-mode", mode)));
        strings("context").forEach(context -> codes.add(new Code("plover-context", context)));
        String quad = quad(categories);
        if (quad != null) {
            codes.add(new Code("quadclass", quad));
        }
        Map<String, Participant> participants = new LinkedHashMap<>();
        List<String> actors = entities(sink.actors(), "actor", participants, "actor", "source");
        List<String> recipients = entities(sink.actors(), "recipient", participants, "recipient", "target");
        String text = text(record, "", "text");
        List<Citation> citations = citation(sink, text);
        boolean citeInfo = record.has("cite_info") || record.has("citeInfo");
        for (Iterator<Map.Entry<String, JsonNode>> fields = record.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            // A top-level publication names the source only when there is no cite_info; otherwise it is kept.
            if (!MAPPED.contains(field.getKey()) || citeInfo && field.getKey().equals("publication")) {
                keep("", field.getKey(), field.getValue());
            }
        }
        String kind = categories.isEmpty() ? null : categories.get(0).toLowerCase(Locale.ROOT);
        return Optional.of(new Event(id, title(actors, categories, events, recipients), when, kind, text, location(),
                List.copyOf(participants.values()), tone(categories, modes), codes, List.of(), citations,
                Extras.of(extras)));
    }

    /** {@code date}, with {@code time}, to {@code enddate} with {@code endtime}; null after reporting an unusable start. */
    private When when() {
        String date = text(record, "", "date");
        if (date == null) {
            problems.accept("no date; the record was skipped");
            return null;
        }
        When start;
        try {
            start = Edtf.parse(date);
        } catch (EdtfException e) {
            problems.accept("date \"" + ImportText.quote(date) + "\" is not a date (" + e.getMessage()
                    + "); the record was skipped");
            return null;
        }
        start = withTime(start, date, "time");
        String end = text(record, "", "enddate");
        if (end == null) {
            return start;
        }
        try {
            When whole = Edtf.parse(start.text() + "/" + end);
            return withTime(whole, start.text() + "/" + end, "endtime");
        } catch (EdtfException e) {
            problems.accept("enddate \"" + ImportText.quote(end) + "\" is not usable (" + e.getMessage()
                    + "); only the start was kept");
            return start;
        }
    }

    /** The date with the time a field gives appended (ISO 8601: date + "T" + time), or as it was after a problem. */
    private When withTime(When when, String text, String field) {
        String time = text(record, "", field);
        if (time == null) {
            return when;
        }
        try {
            return Edtf.parse(text + "T" + time);
        } catch (EdtfException e) {
            problems.accept(field + " \"" + ImportText.quote(time) + "\" is not an ISO 8601 time for this date ("
                    + e.getMessage() + "); it was left out");
            return when;
        }
    }

    /** The quad class the record gives (1 to 4), else the manual's for its first category. */
    private String quad(List<String> categories) {
        String given = text(record, "", "quad_code");
        if (given != null && given.matches("[1-4]")) {
            return given;
        }
        if (given != null) {
            problems.accept("quad_code \"" + ImportText.quote(given) + "\" is not 1 to 4; the manual's quad class"
                    + " of the category is used");
        }
        return categories.isEmpty() ? null : PloverCategories.quad(categories.get(0));
    }

    /** The record's event_scale when it is a score from −10 to 10, else the manual's score; NaN for no category. */
    private double tone(List<String> categories, List<String> modes) {
        JsonNode scale = record.get("event_scale");
        if (scale != null && !scale.isNull()) {
            if (scale.isNumber() && Double.isFinite(scale.doubleValue()) && Math.abs(scale.doubleValue()) <= 10) {
                return scale.doubleValue();
            }
            problems.accept("event_scale " + ImportText.quote(scale.toString()) + " is not a number from -10 to 10;"
                    + " the manual's score of the category is used");
        }
        return categories.isEmpty() ? Double.NaN : PloverCategories.score(categories.get(0), modes);
    }

    /** Adds the entities of a field (under either of its names) as participants; returns their names. */
    private List<String> entities(PloverActors actors, String role, Map<String, Participant> participants,
                                  String... names) {
        List<String> named = new ArrayList<>();
        for (String name : names) {
            JsonNode value = record.get(name);
            if (value == null || value.isNull() || value.isTextual() && value.textValue().isBlank()) {
                continue;
            }
            for (JsonNode element : value.isArray() ? value : List.of(value)) {
                PloverActors.Entity entity = element.isObject() ? entity(name, element) : null;
                if (entity == null) {
                    if (!element.isObject()) {
                        problems.accept("an element of \"" + name + "\" is not an entity object; it was left out");
                    }
                    continue;
                }
                String id = actors.actor(entity);
                participants.putIfAbsent(id, new Participant(id, role));
                named.add(entity.name());
            }
        }
        return named;
    }

    private PloverActors.Entity entity(String field, JsonNode node) {
        String where = field + ".";
        String mention = text(node, where, "entity_text", "actorText", "raw_text");
        String code = text(node, where, "code");
        String sector = text(node, where, "sector", "sector_code");
        String name = text(node, where, "identifier_text", "entity_name");
        name = name != null ? name : mention != null ? mention
                : code != null ? code + (sector == null ? "" : " " + sector) : null;
        if (name == null) {
            problems.accept("an entity of \"" + field + "\" has neither a name nor a code; it was left out");
            return null;
        }
        JsonNode others = node.get("other_sector_codes");
        String otherSectors = others != null && others.isArray() ? String.join(", ", textsOf(others))
                : text(node, where, "other_sector_codes");
        String wikidata = PloverActors.wikidataId(text(node, where, "wikidata_id", "identifier_id"));
        Map<String, String> entityExtras = new LinkedHashMap<>();
        for (String extra : List.of("religion", "ethnicity", "office", "gender", "age")) {
            JsonNode value = node.get(extra);
            if (value != null && !value.isNull() && ImportText.unwritable(value) == null) {
                entityExtras.put("x-plover-" + extra, value.toString());
            }
        }
        boolean personal = node.hasNonNull("gender") || node.hasNonNull("age");
        return new PloverActors.Entity(name, mention, code, sector, otherSectors == null || otherSectors.isEmpty()
                ? null : otherSectors, wikidata, text(node, where, "country_name"),
                text(node, where, "wiki_description"), personal, entityExtras);
    }

    private static List<String> textsOf(JsonNode array) {
        List<String> texts = new ArrayList<>();
        for (JsonNode element : array) {
            if (element.isTextual() && !element.textValue().isBlank() && ImportText.unwritable(element.textValue()) == null) {
                texts.add(element.textValue().strip());
            }
        }
        return texts;
    }

    /** "actors — categories — recipients", at most three names a side, each cut short. */
    private static String title(List<String> actors, List<String> categories, List<String> events,
                                List<String> recipients) {
        StringJoiner title = new StringJoiner(" \u2014 ");
        if (!actors.isEmpty()) {
            title.add(names(actors));
        }
        StringJoiner action = new StringJoiner(" / ");
        if (categories.isEmpty()) {
            events.forEach(e -> action.add(ImportText.shortened(e, LABEL_PART)));
        } else {
            categories.forEach(c -> action.add(CodeLabels.label(new Code("plover", c))));
        }
        title.add(action.toString());
        if (!recipients.isEmpty()) {
            title.add(names(recipients));
        }
        return title.toString();
    }

    private static String names(List<String> names) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(names));
        StringJoiner joined = new StringJoiner(", ");
        distinct.stream().limit(NAMES_IN_TITLE).forEach(n -> joined.add(ImportText.shortened(n, LABEL_PART)));
        int more = distinct.size() - NAMES_IN_TITLE;
        return more > 0 ? joined + " and " + more + " more" : joined.toString();
    }

    /**
     * The record's text, quoted from the document its citation information names ({@code cite_info}, or the
     * 0.5 records' {@code publication}); without any, from the file itself.
     */
    private List<Citation> citation(Sink sink, String text) {
        JsonNode cite = record.has("cite_info") ? record.get("cite_info") : record.get("citeInfo");
        JsonNode info = cite != null && cite.isObject() ? cite : record;
        String where = info == record ? "" : "cite_info.";
        String url = text(info, where, "url");
        if (url != null && !url.startsWith("http://") && !url.startsWith("https://")) {
            url = null;
        }
        String publisher = text(info, where, "publication");
        String title = text(info, where, "title", "citation");
        if (title == null) {
            title = publisher != null ? publisher : url != null ? url : text(info, where, "corpus");
        }
        if (title == null && text == null) {
            return List.of();
        }
        JsonNode kept = cite != null && cite.isObject() && ImportText.unwritable(cite) == null ? cite : null;
        if (cite != null && kept == null) {
            problems.accept("cite_info is not an object a dataset can hold; it was left out");
        }
        return List.of(new Citation(sink.source(title, publisher, url, kept), text, null, 0));
    }

    /** The event_loc object; a place known only to its district, province or country has no point. */
    private Location location() {
        JsonNode loc = record.has("event_loc") ? record.get("event_loc") : record.get("eventLoc");
        if (loc == null || loc.isNull()) {
            return null;
        }
        if (loc.isTextual()) {
            String name = text(record, "", "event_loc", "eventLoc");
            return name == null ? null : new Location(ImportText.shortened(name, LABEL_PART * 2), null, Double.NaN, Double.NaN);
        }
        if (!loc.isObject()) {
            problems.accept("event_loc is neither an object nor a name; it was left out");
            return null;
        }
        String where = "event_loc.";
        String name = text(loc, where, "resolved_place", "name", "extracted_place");
        if (name == null) {
            StringJoiner parts = new StringJoiner(", ");
            for (String part : List.of("city", "district", "province", "country")) {
                String value = text(loc, where, part);
                if (value != null) {
                    parts.add(ImportText.shortened(value, LABEL_PART));
                }
            }
            name = parts.length() == 0 ? null : parts.toString();
        }
        double lat = coordinate(loc, "lat", 90);
        double lon = coordinate(loc, "lon", 180);
        if (Double.isNaN(lat) != Double.isNaN(lon)) {
            lat = Double.NaN;
            lon = Double.NaN;
        }
        if (name == null && Double.isNaN(lat)) {
            return null;
        }
        name = name != null ? ImportText.shortened(name, LABEL_PART * 2) : lat + ", " + lon;
        JsonNode resolution = loc.get("resolution");
        if (resolution != null && resolution.canConvertToInt() && resolution.asInt() >= 1 && resolution.asInt() <= 5) {
            extras.put("location/x-plover-resolution", String.valueOf(resolution.asInt()));
            if (resolution.asInt() <= 3) {
                name = "somewhere in " + name;
                if (!Double.isNaN(lat)) {
                    extras.put("location/x-plover-lat", String.valueOf(lat));
                    extras.put("location/x-plover-lon", String.valueOf(lon));
                }
                lat = Double.NaN;
                lon = Double.NaN;
            }
        } else if (resolution != null && !resolution.isNull()) {
            problems.accept("event_loc.resolution " + ImportText.quote(resolution.toString()) + " is not 1 to 5;"
                    + " it was left out");
        }
        JsonNode geonameid = loc.get("geonameid");
        if (geonameid != null && geonameid.canConvertToLong()) {
            extras.put("location/x-plover-geonameid", String.valueOf(geonameid.asLong()));
        }
        return new Location(name, country(loc, where), lat, lon);
    }

    private String country(JsonNode loc, String where) {
        String code = text(loc, where, "country_code", "country code");
        if (code != null) {
            String upper = code.toUpperCase(Locale.ROOT);
            if (IsoCountries.isAlpha3(upper)) {
                return upper;
            }
            if (IsoCountries.alpha3(upper) != null) {
                return IsoCountries.alpha3(upper);
            }
        }
        return CountryNames.alpha3(text(loc, where, "country")).orElse(null);
    }

    private double coordinate(JsonNode loc, String name, int limit) {
        JsonNode value = loc.get(name);
        if (value == null || value.isNull()) {
            return Double.NaN;
        }
        double number = value.isNumber() ? value.doubleValue()
                : value.isTextual() && value.textValue().strip().matches("-?[0-9]{1,3}(\\.[0-9]{1,20})?")
                ? Double.parseDouble(value.textValue().strip()) : Double.NaN;
        if (!Double.isFinite(number) || Math.abs(number) > limit) {
            problems.accept("event_loc." + name + " " + ImportText.quote(value.toString()) + " is not a number from -"
                    + limit + " to " + limit + "; the coordinates were left out");
            return Double.NaN;
        }
        return number;
    }
}
