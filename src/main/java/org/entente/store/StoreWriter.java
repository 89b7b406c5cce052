package org.entente.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.entente.files.TempFiles;
import org.entente.io.DatasetSink;
import org.entente.model.Actor;
import org.entente.model.Citation;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Participant;
import org.entente.model.Period;
import org.entente.model.Relation;
import org.entente.model.Source;
import org.entente.strata.Strata;
import org.entente.time.Precision;
import org.entente.time.When;

/**
 * Writes a store: records stream in through DuckDB's appender into staging tables as a reader or an
 * importer gives them, and {@link #finish} turns those into the tables a {@link DuckStore} reads (sorted
 * by time, with what filters need folded into each event's row, and the counts that make zooming cheap).
 * Only the actors are held in memory, since a late one may still be replaced and there are few of them.
 *
 * <p>Nothing is written where the store is going until it is complete: the database, its log and its
 * spill files live in a ledgered folder beside the target, and the finished file is renamed into place.
 * {@link #close} without {@link #finish} (a failure, a Cancel) deletes that folder, and a run that is
 * killed leaves it to the next run's sweep of the ledger.
 */
public final class StoreWriter implements DatasetSink, AutoCloseable {
    private static final String STAGING_DATABASE = "staging.duckdb";
    private static final String DATABASE = "store.duckdb";
    private static final String STAGING = """
            CREATE TABLE in_events (file_pos INTEGER, id VARCHAR, id_hash BIGINT, title VARCHAR, when_text VARCHAR,
                start_ms BIGINT, end_ms BIGINT, open_start BOOLEAN, open_end BOOLEAN, ranged BOOLEAN, imprecise BOOLEAN,
                precision TINYINT, kind VARCHAR, band TINYINT, summary VARCHAR, place VARCHAR, place_country VARCHAR,
                lat DOUBLE, lon DOUBLE, tone DOUBLE, codes VARCHAR, extras VARCHAR);
            CREATE TABLE in_participants (file_pos INTEGER, ord INTEGER, actor VARCHAR, role VARCHAR);
            CREATE TABLE in_citations (file_pos INTEGER, ord INTEGER, source VARCHAR, quote VARCHAR, claimed VARCHAR,
                credibility TINYINT);
            CREATE TABLE in_tags (file_pos INTEGER, ord INTEGER, tag VARCHAR);
            CREATE TABLE in_sources (ord INTEGER, id VARCHAR, title VARCHAR, publisher VARCHAR, published VARCHAR,
                url VARCHAR, reliability TINYINT, extras VARCHAR);
            CREATE TABLE in_relations (ord INTEGER, id VARCHAR, from_actor VARCHAR, to_actor VARCHAR, kind VARCHAR,
                directed BOOLEAN, when_text VARCHAR, tone DOUBLE, summary VARCHAR, citations VARCHAR, extras VARCHAR);
            CREATE TABLE in_periods (ord INTEGER, id VARCHAR, title VARCHAR, when_text VARCHAR, extras VARCHAR);
            CREATE TABLE withdrawn (kind VARCHAR, ord INTEGER);
            """;

    private final Path target;
    private final Path folder;
    private final Connection connection;
    private final DuckDBAppender events;
    private final DuckDBAppender participants;
    private final DuckDBAppender citations;
    private final DuckDBAppender tags;
    private final DuckDBAppender sources;
    private final DuckDBAppender relations;
    private final DuckDBAppender periods;
    private final List<Actor> actors = new ArrayList<>();
    private final List<int[]> withdrawn = new ArrayList<>();
    private int eventCount;
    private int sourceCount;
    private int relationCount;
    private int periodCount;
    private long relationCitations;
    private String title = "";
    private String description;
    private Extras extras = Extras.NONE;
    private boolean finished;

    private StoreWriter(Path target, Path folder, Connection connection) throws SQLException {
        this.target = target;
        this.folder = folder;
        this.connection = connection;
        try (Statement statement = connection.createStatement()) {
            statement.execute(STAGING);
        }
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        events = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "in_events");
        participants = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "in_participants");
        citations = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "in_citations");
        tags = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "in_tags");
        sources = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "in_sources");
        relations = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "in_relations");
        periods = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "in_periods");
    }

    /** Starts a store that will be {@code target} once finished; nothing is written there before. */
    public static StoreWriter create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = TempFiles.createDirectory(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
        try {
            Connection connection = DriverManager.getConnection("jdbc:duckdb:" + folder.resolve(STAGING_DATABASE));
            try {
                return new StoreWriter(absolute, folder, connection);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            TempFiles.delete(folder);
            throw new IOException("could not start the store " + target + ": " + e.getMessage(), e);
        }
    }

    /** Writes a dataset already in memory as a store at {@code target}. */
    public static void write(Path target, Dataset dataset) throws IOException {
        try (StoreWriter writer = create(target)) {
            dataset.sources().forEach(writer::source);
            dataset.actors().forEach(writer::actor);
            dataset.events().forEach(writer::event);
            dataset.relations().forEach(writer::relation);
            dataset.periods().forEach(writer::period);
            writer.end(dataset.title(), dataset.description(), dataset.extras());
            writer.finish(phase -> { });
        }
    }

    @Override
    public void source(Source source) {
        try {
            sources.beginRow().append(sourceCount++);
            text(sources, source.id());
            text(sources, source.title());
            text(sources, source.publisher());
            text(sources, source.published() == null ? null : source.published().text());
            text(sources, source.url());
            if (source.reliability() == null) {
                sources.appendNull();
            } else {
                sources.append((byte) source.reliability().ordinal());
            }
            text(sources, RecordJson.extras(source.extras()));
            sources.endRow();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void actor(Actor actor) {
        actors.add(actor);
    }

    @Override
    public void event(Event event) {
        int position = eventCount++;
        When when = event.when();
        try {
            events.beginRow().append(position);
            text(events, event.id());
            events.append(IdHash.of(event.id()));
            text(events, event.title());
            text(events, when.text());
            events.append(when.start()).append(Math.max(when.end(), when.start()))
                    .append(when.openStart()).append(when.openEnd()).append(when.interval())
                    .append(when.isUncertain() || when.isApproximate() || when.precision().compareTo(Precision.DAY) < 0)
                    .append((byte) when.precision().ordinal());
            text(events, event.kind());
            events.append((byte) Strata.toneGroup(event.tone()));
            text(events, event.summary());
            text(events, event.location() == null ? null : event.location().name());
            text(events, event.location() == null ? null : event.location().country());
            number(events, event.location() == null ? Double.NaN : event.location().lat());
            number(events, event.location() == null ? Double.NaN : event.location().lon());
            number(events, event.tone());
            text(events, RecordJson.codes(event.codes()));
            text(events, RecordJson.extras(event.extras()));
            events.endRow();
            for (int i = 0; i < event.participants().size(); i++) {
                Participant participant = event.participants().get(i);
                participants.beginRow().append(position).append(i);
                text(participants, participant.actor());
                text(participants, participant.role());
                participants.endRow();
            }
            for (int i = 0; i < event.citations().size(); i++) {
                Citation citation = event.citations().get(i);
                citations.beginRow().append(position).append(i);
                text(citations, citation.source());
                text(citations, citation.quote());
                text(citations, RecordJson.whenText(citation.claimedWhen()));
                citations.append((byte) citation.credibility()).endRow();
            }
            for (int i = 0; i < event.tags().size(); i++) {
                tags.beginRow().append(position).append(i);
                text(tags, event.tags().get(i));
                tags.endRow();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void relation(Relation relation) {
        try {
            relations.beginRow().append(relationCount++);
            relationCitations += relation.citations().size();
            text(relations, relation.id());
            text(relations, relation.from());
            text(relations, relation.to());
            text(relations, relation.kind());
            relations.append(relation.directed());
            text(relations, RecordJson.whenText(relation.when()));
            number(relations, relation.tone());
            text(relations, relation.summary());
            text(relations, RecordJson.citations(relation.citations()));
            text(relations, RecordJson.extras(relation.extras()));
            relations.endRow();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void period(Period period) {
        try {
            periods.beginRow().append(periodCount++);
            text(periods, period.id());
            text(periods, period.title());
            text(periods, RecordJson.whenText(period.when()));
            text(periods, RecordJson.extras(period.extras()));
            periods.endRow();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void withdraw(RecordKind kind, int index) {
        if (kind == RecordKind.ACTOR) {
            actors.set(index, null);
        } else {
            withdrawn.add(new int[] {kind.ordinal(), index});
        }
    }

    @Override
    public void replaceActor(int index, Actor actor) {
        actors.set(index, actor);
    }

    @Override
    public void end(String title, String description, Extras extras) {
        this.title = title == null ? "" : title;
        this.description = description;
        this.extras = extras == null ? Extras.NONE : extras;
    }

    /**
     * Builds the store's tables from what was given and moves the store into place, replacing any file
     * there; {@code phases} hears what it is doing, since at a hundred million events it takes minutes.
     */
    public void finish(Consumer<String> phases) throws IOException {
        try {
            for (DuckDBAppender appender : List.of(events, participants, citations, tags, sources, relations, periods)) {
                appender.close();
            }
            phases.accept("writing the actors");
            writeActorsAndWithdrawn();
            Path database = folder.resolve(DATABASE);
            new StoreBuild(connection, phases).run(database,
                    new StoreHeader(title, description, RecordJson.extras(extras), relationCitations));
            connection.close();
            try {
                Files.move(database, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
                Files.move(database, target, StandardCopyOption.REPLACE_EXISTING);
            }
            finished = true;
            TempFiles.delete(folder);
        } catch (SQLException e) {
            throw new IOException("could not write the store " + target + ": " + e.getMessage(), e);
        }
    }

    private void writeActorsAndWithdrawn() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE in_actors (ord INTEGER, id VARCHAR, name VARCHAR, kind TINYINT, aliases VARCHAR,
                        country VARCHAR, description VARCHAR, memberships VARCHAR, extras VARCHAR)""");
        }
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        try (DuckDBAppender out = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "in_actors")) {
            int ord = 0;
            for (Actor actor : actors) {
                if (actor == null) {
                    continue;
                }
                out.beginRow().append(ord++);
                text(out, actor.id());
                text(out, actor.name());
                if (actor.kind() == null) {
                    out.appendNull();
                } else {
                    out.append((byte) actor.kind().ordinal());
                }
                text(out, RecordJson.strings(actor.aliases()));
                text(out, actor.country());
                text(out, actor.description());
                text(out, RecordJson.memberships(actor.memberships()));
                text(out, RecordJson.extras(actor.extras()));
                out.endRow();
            }
        }
        try (DuckDBAppender out = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "withdrawn")) {
            for (int[] record : withdrawn) {
                out.beginRow().append(RecordKind.values()[record[0]].name()).append(record[1]).endRow();
            }
        }
    }

    /** Without {@link #finish}, deletes everything written so far. */
    @Override
    public void close() throws IOException {
        if (finished) {
            return;
        }
        try {
            for (DuckDBAppender appender : List.of(events, participants, citations, tags, sources, relations, periods)) {
                closeQuietly(appender);
            }
            connection.close();
        } catch (SQLException ignored) {
            // The folder goes whatever state the database was left in.
        } finally {
            TempFiles.delete(folder);
        }
    }

    private static void closeQuietly(DuckDBAppender appender) {
        try {
            appender.close();
        } catch (SQLException | RuntimeException alreadyClosedOrBroken) {
            // Only its rows are lost, and they are being thrown away.
        }
    }

    private RuntimeException failed(SQLException e) {
        return new UncheckedIOException(new IOException("could not write the store " + target + ": " + e.getMessage(), e));
    }

    static void text(DuckDBAppender appender, String value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }

    private static void number(DuckDBAppender appender, double value) throws SQLException {
        if (Double.isNaN(value)) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }
}
