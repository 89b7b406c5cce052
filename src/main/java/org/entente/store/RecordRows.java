package org.entente.store;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.entente.bytes.ByteKeyedCache;
import org.entente.model.Citation;
import org.entente.model.Event;
import org.entente.model.Location;
import org.entente.model.Participant;
import org.entente.time.When;

/**
 * Events and citations made from a store's rows, one reader per answer. A window's rows repeat a few texts
 * thousands of times: a day of a hundred million events holds some twenty distinct details and a thousand
 * dates among 6,000 events, and its citations name a source many times over. Each is parsed (the detail's
 * JSON, the date's EDTF) or made a String once, found again by its bytes; the events share what was made,
 * all of it immutable. A reader is not safe for several threads: a store answers each question on one.
 */
final class RecordRows {
    /** The most texts of each sort kept; past it a cache starts over, costing time, not memory. */
    private static final int KEPT = 1 << 14;
    /** The elements of an event's lists read as columns of their own: most events have two actors and a tag or two. */
    private static final int TAGS_INLINE = 2;
    private static final int ACTORS_INLINE = 3;
    private static final int TAGS_COLUMN = 13;
    private static final int ACTORS_COLUMN = TAGS_COLUMN + TAGS_INLINE + 2;
    private static final int ROLES_COLUMN = ACTORS_COLUMN + ACTORS_INLINE + 2;

    private final StoreLexicon lexicon;
    private final ByteKeyedCache<RecordJson.Detail> details = new ByteKeyedCache<>(KEPT);
    private final ByteKeyedCache<When> dates = new ByteKeyedCache<>(KEPT);
    private final ByteKeyedCache<String> sources = new ByteKeyedCache<>(KEPT);

    RecordRows(StoreLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The columns of an event's row, read by {@link #event}: its position first, its texts as UTF-8. */
    static String eventColumns(SqlDialect dialect) {
        return "pos, " + dialect.utf8("id", "title", "when_text") + ", kind, " + dialect.utf8("summary", "place")
                + ", place_country, lat, lon, tone, " + dialect.utf8("detail") + ", " + inline("tags", TAGS_INLINE, dialect)
                + ", " + inline("actors", ACTORS_INLINE, dialect) + ", " + inline("roles", ACTORS_INLINE, dialect);
    }

    /**
     * A list of numbers as columns: its length, its first {@code n} elements, and the whole list only when it
     * is longer. DuckDB's driver makes an array object of every list it returns, and the three lists of a
     * row took half again as long to fetch as the rest of it (0.7 µs a row); read by {@link #numbers}.
     */
    private static String inline(String list, int n, SqlDialect dialect) {
        StringBuilder columns = new StringBuilder(dialect.length(list));
        for (int i = 1; i <= n; i++) {
            columns.append(", ").append(dialect.element(list, i));
        }
        return columns.append(", CASE WHEN ").append(dialect.length(list)).append(" > ").append(n).append(" THEN ")
                .append(list).append(" END").toString();
    }

    /** The columns of a citation's row, read by {@link #citation}: the position and order of its event first. */
    static String citationColumns(SqlDialect dialect) {
        return "pos, ord, " + dialect.utf8("source", "quote", "claimed") + ", credibility";
    }

    /** The event of a row of {@link #eventColumns}, without its citations. */
    Event event(ResultSet r) throws SQLException {
        double lat = r.getDouble(9);
        boolean noLat = r.wasNull();
        double lon = r.getDouble(10);
        boolean noLon = r.wasNull();
        String place = RowReader.text(r, 7);
        String country = lexicon.countries().text((Integer) r.getObject(8));
        Location location = place == null && country == null && noLat && noLon ? null
                : new Location(place, country, noLat ? Double.NaN : lat, noLon ? Double.NaN : lon);
        double tone = r.getDouble(11);
        boolean noTone = r.wasNull();
        RecordJson.Detail detail = once(r.getBytes(12), details, RecordJson::detail);
        List<String> tags = new ArrayList<>();
        for (int tag : numbers(r, TAGS_COLUMN, TAGS_INLINE)) {
            tags.add(lexicon.tags().text(tag));
        }
        int[] actors = numbers(r, ACTORS_COLUMN, ACTORS_INLINE);
        int[] roles = numbers(r, ROLES_COLUMN, ACTORS_INLINE);
        List<Participant> participants = new ArrayList<>(actors.length);
        for (int i = 0; i < actors.length; i++) {
            participants.add(new Participant(lexicon.actors().text(actors[i]), lexicon.roles().text(roles[i])));
        }
        return new Event(RowReader.text(r, 2), RowReader.text(r, 3), once(r.getBytes(4), dates, RecordJson::when),
                lexicon.kinds().text((Integer) r.getObject(5)), RowReader.text(r, 6), location, List.copyOf(participants),
                noTone ? Double.NaN : tone, detail.codes(), List.copyOf(tags), List.of(), detail.extras());
    }

    /** The citation of a row of {@link #citationColumns}. */
    Citation citation(ResultSet r) throws SQLException {
        return new Citation(once(r.getBytes(3), sources, Function.identity()), RowReader.text(r, 4),
                once(r.getBytes(5), dates, RecordJson::when), r.getInt(6));
    }

    /** What a text makes, made once for each text (null for none, as its maker takes it). */
    private static <V> V once(byte[] bytes, ByteKeyedCache<V> made, Function<String, V> maker) {
        if (bytes == null) {
            return maker.apply(null);
        }
        V value = made.get(bytes, 0, bytes.length);
        if (value == null) {
            value = maker.apply(new String(bytes, StandardCharsets.UTF_8));
            made.put(bytes, 0, bytes.length, value);
        }
        return value;
    }

    /** A list of numbers in a row, selected as {@link #inline} selects it from {@code column} on. */
    private static int[] numbers(ResultSet r, int column, int n) throws SQLException {
        int length = r.getInt(column);
        if (length <= n) {
            int[] numbers = new int[length];
            for (int i = 0; i < length; i++) {
                numbers[i] = r.getInt(column + 1 + i);
            }
            return numbers;
        }
        Object[] values = (Object[]) r.getArray(column + n + 1).getArray();
        int[] numbers = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            numbers[i] = (Integer) values[i];
        }
        return numbers;
    }
}
