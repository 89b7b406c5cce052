package org.entente.convert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.model.Citation;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Location;
import org.entente.model.Participant;
import org.entente.text.ProblemText;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.entente.time.When;

/**
 * Turns trips and visits into events: a trip is its traveller visiting the host country, a visit its
 * visitors visiting the United States, each cited to the file it comes from with its record id. A record
 * that cannot make an event (no id, no date, no traveller…) is reported with its line and left out; a
 * value that cannot be kept (an impossible end date, an over-long remark) is reported and left out alone.
 * See docs/IMPORT.md for the mapping.
 */
final class HistorianEvents {
    private static final Map<String, String> ROLES = Map.of("president", "President", "secretary", "Secretary of State");
    private static final String UNITED_STATES_NAME = "the United States";

    private final HistorianActors actors;
    private final ProblemList problems;
    private final Set<String> ids = new HashSet<>();
    private final List<Event> events = new ArrayList<>();

    HistorianEvents(HistorianActors actors, ProblemList problems) {
        this.actors = actors;
        this.problems = problems;
    }

    List<Event> events() {
        return events;
    }

    /** A value in double quotes as a problem quotes it (cut to {@value ProblemText#QUOTED} characters). */
    private static String quoted(String value) {
        return value == null ? "(none)" : "\"" + ProblemText.quote(value) + "\"";
    }

    /** Adds the record's event, citing {@code source}, or reports why it has none. */
    void add(HistorianRecord record, String source) {
        new RecordMapping(record, source).add();
    }

    /** One record on its way to an event; its problems carry its file and line. */
    private final class RecordMapping {
        final HistorianRecord record;
        final String source;
        final String what;

        RecordMapping(HistorianRecord record, String source) {
            this.record = record;
            this.source = source;
            this.what = record.type().element + (record.get("id") == null ? "" : " " + ProblemText.quote(record.get("id")));
        }

        void problem(String message) {
            problems.add(record.file(), record.line(), what + ": " + message);
        }

        /** The value, or null after reporting it when it is missing and {@code needed}, or too long. */
        String value(String name, boolean needed) {
            if (record.tooLong().contains(name)) {
                problem("<" + name + "> is longer than " + HistorianReader.MAX_VALUE + " characters; "
                        + (needed ? "the " + record.type().element + " was skipped" : "it was left out"));
                return null;
            }
            String value = record.get(name);
            if (value == null && needed) {
                problem("no <" + name + ">; the " + record.type().element + " was skipped");
            }
            return value;
        }

        void add() {
            String id = value("id", true);
            When when = id == null ? null : when();
            if (when == null) {
                return;
            }
            String eventId = record.type().element + "-" + Slugs.slug(id);
            if (!ids.add(eventId)) {
                problem("an earlier record has the same id " + quoted(id) + " (or one that makes the same event id);"
                        + " this one was skipped");
                return;
            }
            Event event = record.type() == HistorianRecord.Type.TRIP ? trip(eventId, when) : visit(eventId, when);
            if (event != null) {
                events.add(event);
            }
        }

        private When when() {
            String start = value("start-date", true);
            if (start == null) {
                return null;
            }
            When from;
            try {
                from = Edtf.parse(start);
            } catch (EdtfException e) {
                problem("invalid <start-date> " + quoted(start) + ": " + e.getMessage()
                        + "; the " + record.type().element + " was skipped");
                return null;
            }
            String end = value("end-date", false);
            if (end == null || end.equals(start)) {
                return from;
            }
            try {
                return Edtf.parse(start + "/" + end);
            } catch (EdtfException e) {
                problem("unusable <end-date> " + quoted(end) + ": " + e.getMessage()
                        + "; only the start date was kept");
                return from;
            }
        }

        private Event trip(String eventId, When when) {
            String name = value("name", true);
            String countrySlug = countrySlug("country");
            if (name == null || countrySlug == null) {
                return null;
            }
            String roleId = record.get("role") != null ? record.get("role") : record.get("@role");
            String role = roleId == null ? null : ROLES.get(roleId);
            if (role == null) {
                problem((roleId == null ? "no role" : "unknown role " + quoted(roleId)) + ": expected president or"
                        + " secretary; the role was left out of the traveller's memberships");
            }
            String who = record.get("@who") != null ? record.get("@who") : Slugs.slug(name);
            String countryName = countryName("country", countrySlug);
            String traveller = actors.traveller(who, name, role, when);
            String host = actors.country(countrySlug, countryName, when);
            String remarks = value("remarks", false);
            String locale = value("locale", false);
            return event(eventId, name + " to " + countryName, when, VisitKinds.of(remarks, "trip"), remarks,
                    place(locale, countryName, HistorianCountries.alpha3(countrySlug, countryName)), locale != null,
                    List.of(new Participant(traveller, "visitor"), new Participant(host, "host")),
                    role == null ? List.of() : List.of(Slugs.slug(role)));
        }

        private Event visit(String eventId, When when) {
            String visitor = value("visitor", true);
            String fromSlug = countrySlug("from");
            if (visitor == null || fromSlug == null) {
                return null;
            }
            String fromName = countryName("from", fromSlug);
            String fromCode = HistorianCountries.alpha3(fromSlug, fromName);
            List<Participant> participants = new ArrayList<>();
            for (String name : VisitorNames.of(visitor)) {
                participants.add(new Participant(actors.visitor(name, fromCode != null ? fromCode : fromSlug, fromCode,
                        fromName, when), "visitor"));
            }
            participants.add(new Participant(actors.unitedStates(), "host"));
            String description = value("description", false);
            return event(eventId, visitor + " (" + fromName + ") to " + UNITED_STATES_NAME, when,
                    VisitKinds.of(description, "visit"), description,
                    place(null, "United States", HistorianActors.UNITED_STATES), false, participants.stream().distinct().toList(),
                    List.of("foreign-leader"));
        }

        /** The country id of {@code element}, else its name as a slug, or null after reporting it missing. */
        private String countrySlug(String element) {
            String slug = value(element + "/id", false);
            String name = value(element, false);
            if (slug == null && name == null) {
                problem("no <" + element + "> country; the " + record.type().element + " was skipped");
                return null;
            }
            String chosen = slug != null ? slug : Slugs.slug(name);
            if (!HistorianCountries.known(chosen)) {
                problem("unknown country id " + quoted(chosen) + ": it has no ISO code here, so the"
                        + " country is kept by its name without one");
            }
            return chosen;
        }

        private String countryName(String element, String slug) {
            String name = record.get(element);
            return name != null ? name : slug;
        }

        private Location place(String locale, String countryName, String country) {
            return new Location(locale != null ? locale : countryName, country, Double.NaN, Double.NaN);
        }

        /** {@code atLocale}: the place is the locale the record names, not only its country. */
        private Event event(String id, String title, When when, String kind, String text, Location location,
                            boolean atLocale, List<Participant> participants, List<String> tags) {
            Map<String, String> extras = new LinkedHashMap<>();
            extras.put("location/x-historian-place", JsonText.string(atLocale ? "locale" : "country"));
            extras.put("citations/0/x-historian-id", JsonText.string(record.get("id")));
            return new Event(id, title, when, kind, text, location, participants, Double.NaN, List.of(), tags,
                    List.of(new Citation(source, text, null, 0)), Extras.of(extras));
        }
    }
}
