package org.entente.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.DatasetStats;
import org.entente.time.Precision;

/**
 * What a store says of itself, read once when it opens: its counts as {@link DatasetStats}, the longest
 * span a window's run of rows must reach back by, and whether it has long or open events at all (most
 * real datasets have none, and their window queries then skip that part).
 */
record StoreMeta(DatasetStats stats, long maxShortSpan, boolean hasLong) {

    /**
     * Refuses a store of another format before anything else is read of it, saying what to do: one built
     * by another version of Entente lacks tables this one asks, or has others. A store is opened read-only
     * and never changed, so it is built again from its source.
     */
    static void checkFormat(Connection connection) throws SQLException, IOException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT format FROM meta");
             ResultSet rows = statement.executeQuery()) {
            String format = rows.next() ? rows.getString(1) : null;
            if (format != null && format.startsWith("entente-store/") && !StoreBuild.FORMAT.equals(format)) {
                throw new IOException("it was built by another version of Entente (" + format + ", this one reads "
                        + StoreBuild.FORMAT + "): convert its source to a store again");
            }
            if (!StoreBuild.FORMAT.equals(format)) {
                throw new IOException("its meta table does not name the format " + StoreBuild.FORMAT);
            }
        }
    }

    static StoreMeta read(Connection connection, StoreLexicon lexicon) throws SQLException, IOException {
        Map<String, Integer> kinds = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT kind, n FROM kind_counts");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Integer kind = (Integer) rows.getObject(1);
                kinds.put(kind == null ? DatasetStats.NO_KIND : lexicon.kinds().text(kind), rows.getInt(2));
            }
        }
        Map<ActorKind, Integer> actorKinds = new EnumMap<>(ActorKind.class);
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT kind, n FROM actor_kind_counts WHERE kind IS NOT NULL");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                actorKinds.put(ActorKind.values()[rows.getInt(1)], rows.getInt(2));
            }
        }
        boolean hasLong;
        try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) > 0 FROM long_events");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            hasLong = rows.getBoolean(1);
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT format, title, max_short_span, events, actors, sources, relations, citations, ranged, imprecise,
                    open_ended, earliest, latest, finest FROM meta""");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            long earliest = rows.getLong(12);
            boolean none = rows.wasNull();
            long latest = rows.getLong(13);
            int finest = rows.getInt(14);
            boolean noFinest = rows.wasNull();
            DatasetStats stats = new DatasetStats(rows.getString(2), rows.getInt(6), rows.getInt(5), actorKinds,
                    rows.getInt(4), rows.getInt(9), rows.getInt(10), rows.getInt(11), rows.getInt(7),
                    (int) rows.getLong(8), kinds, none ? Long.MAX_VALUE : earliest, none ? Long.MIN_VALUE : latest,
                    noFinest ? Precision.MILLISECOND : Precision.values()[finest]);
            return new StoreMeta(stats, rows.getLong(3), hasLong);
        }
    }

    /** Every actor in full, for the search field: a store holds far fewer actors than events. */
    static List<Actor> actorRecords(Connection connection) throws SQLException {
        List<Actor> actors = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT id, name, kind, aliases, country, description, memberships, extras FROM actors ORDER BY actor""");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                int kind = rows.getInt(3);
                boolean noKind = rows.wasNull();
                actors.add(new Actor(rows.getString(1), rows.getString(2), noKind ? null : ActorKind.values()[kind],
                        RecordJson.strings(rows.getString(4)), rows.getString(5), rows.getString(6),
                        RecordJson.memberships(rows.getString(7)), RecordJson.extras(rows.getString(8))));
            }
        }
        return actors;
    }
}
