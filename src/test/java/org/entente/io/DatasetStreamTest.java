package org.entente.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.entente.generate.DatasetGenerator;
import org.entente.generate.GeneratorOptions;
import org.entente.io.DatasetSink.RecordKind;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Period;
import org.entente.model.Relation;
import org.entente.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A streamed load gives its sink what a load keeps, record by record, and withdraws what the end of the file rules out. */
class DatasetStreamTest {
    @TempDir
    Path dir;

    private Path generated(int events, int actors) throws IOException {
        Path file = dir.resolve("generated.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            new DatasetGenerator().write(new GeneratorOptions(events, actors, 7), out);
        }
        return file;
    }

    private static LoadResult stream(LoadMode mode, String json, DatasetSink sink) {
        return stream(new DatasetLoader(mode), json, sink);
    }

    private static LoadResult stream(DatasetLoader loader, String json, DatasetSink sink) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return loader.stream(new ByteArrayInputStream(bytes), "test.json", bytes.length, sink, LoadMonitor.NONE);
    }

    /** Counts what it is given and folds the event ids, in order, into one number; it keeps no record. */
    private static final class CountingSink implements DatasetSink {
        final Map<RecordKind, Integer> counts = new EnumMap<>(RecordKind.class);
        long eventIds;
        int withdrawals;
        String title;

        private void count(RecordKind kind) {
            counts.merge(kind, 1, Integer::sum);
        }

        @Override
        public void source(Source source) {
            count(RecordKind.SOURCE);
        }

        @Override
        public void actor(Actor actor) {
            count(RecordKind.ACTOR);
        }

        @Override
        public void event(Event event) {
            count(RecordKind.EVENT);
            eventIds = 31 * eventIds + event.id().hashCode();
        }

        @Override
        public void relation(Relation relation) {
            count(RecordKind.RELATION);
        }

        @Override
        public void period(Period period) {
            count(RecordKind.PERIOD);
        }

        @Override
        public void withdraw(RecordKind kind, int index) {
            withdrawals++;
        }

        @Override
        public void replaceActor(int index, Actor actor) {
            withdrawals++;
        }

        @Override
        public void end(String title, String description, Extras extras) {
            this.title = title;
        }
    }

    @Test
    void aGeneratedDatasetStreamsTheRecordsItsLoadKeepsInFileOrder() throws IOException {
        Path file = generated(200_000, 2_000);
        LoadResult loaded = new DatasetLoader(LoadMode.STRICT).load(file);
        Dataset d = loaded.dataset().orElseThrow();
        CountingSink sink = new CountingSink();

        LoadResult streamed = new DatasetLoader(LoadMode.STRICT).stream(file, sink, LoadMonitor.NONE);

        assertEquals(200_000, d.events().size());
        assertEquals(Map.of(RecordKind.SOURCE, d.sources().size(), RecordKind.ACTOR, d.actors().size(),
                RecordKind.EVENT, d.events().size(), RecordKind.RELATION, d.relations().size()), sink.counts);
        long loadedIds = 0;
        for (Event event : d.events()) {
            loadedIds = 31 * loadedIds + event.id().hashCode();
        }
        assertEquals(loadedIds, sink.eventIds);
        assertEquals(0, sink.withdrawals);
        assertEquals(d.title(), sink.title);
        assertEquals(loaded.problems(), streamed.problems());
        assertTrue(streamed.dataset().isEmpty(), "a stream keeps no dataset");
    }

    @Test
    void poolsThatStartAgainEveryFewValuesShareLessButReadTheSameRecords() throws IOException {
        Path file = generated(20_000, 300);
        Dataset loaded = new DatasetLoader(LoadMode.STRICT).load(file).dataset().orElseThrow();
        DatasetCollector collector = new DatasetCollector();

        new DatasetLoader(LoadMode.STRICT, new ReadLimits(8, 1 << 20)).stream(file, collector, LoadMonitor.NONE);

        Dataset streamed = collector.dataset().orElseThrow();
        assertEquals(loaded.events(), streamed.events());
        assertEquals(loaded.actors(), streamed.actors());
        assertEquals(loaded.relations(), streamed.relations());
    }

    @Test
    void anEventNamingAnActorThatNeverComesIsWithdrawnByItsPlaceAmongTheEventsGiven() {
        RecordingSink sink = new RecordingSink();

        LoadResult result = stream(LoadMode.LENIENT, """
                {"format": "entente/1", "title": "T",
                 "events": [
                  {"id": "e0", "title": "Broken", "when": "2025-02-30", "participants": []},
                  {"id": "e1", "title": "Kept", "when": "2025", "participants": [{"actor": "a1"}]},
                  {"id": "e2", "title": "Orphan", "when": "2025", "participants": [{"actor": "a9"}]},
                  {"id": "e3", "title": "Kept", "when": "2025", "participants": [{"actor": "a1"}]}],
                 "actors": [{"id": "a1", "name": "Alpha", "kind": "state"}]}
                """, sink);

        assertEquals(List.of("event e1", "event e2", "event e3", "actor a1[]", "withdraw EVENT 1", "end T"),
                sink.calls);
        assertEquals(2, result.errorCount(), result.problems()::toString);
        Problem orphan = result.problems().get(1);
        assertEquals("unknown actor \"a9\": no actor in /actors has this id", orphan.message());
        assertEquals("/events/2/participants/0/actor", orphan.path());
        assertEquals(5, orphan.line());
        assertEquals(2, result.skippedRecords());
    }

    @Test
    void anActorWhoseMembershipNamesNoActorIsGivenAgainWithoutIt() {
        RecordingSink sink = new RecordingSink();

        LoadResult result = stream(LoadMode.LENIENT, """
                {"format": "entente/1", "title": "T", "actors": [
                  {"id": "b", "name": "B", "kind": "state"},
                  {"id": "p", "name": "P", "kind": "person", "memberships": [
                    {"organization": "nowhere", "role": "member"}, {"organization": "org", "role": "member"}]},
                  {"id": "org", "name": "Org", "kind": "organization"}]}
                """, sink);

        assertEquals(List.of("actor b[]", "actor p[nowhere, org]", "actor org[]", "replace actor 1 p[org]", "end T"),
                sink.calls);
        assertEquals(1, result.errorCount());
        assertEquals("/actors/1/memberships/0/organization", result.problems().get(0).path());
        assertEquals(0, result.skippedRecords(), "the actor stays, without the membership");
    }

    @Test
    void aSecondEventWithAnIdIsADuplicateAndNeverReachesTheSink() {
        RecordingSink sink = new RecordingSink();

        LoadResult result = stream(LoadMode.STRICT, """
                {"format": "entente/1", "title": "T", "events": [
                  {"id": "e1", "title": "First", "when": "2025", "participants": []},
                  {"id": "e1", "title": "Again", "when": "2025", "participants": []}]}
                """, sink);

        assertEquals(List.of("event e1", "end T"), sink.calls);
        assertEquals(1, result.errorCount(), "strict mode tells the caller to throw the records away");
        assertEquals("duplicate id \"e1\": an earlier event has it; ids must be unique within their list",
                result.problems().get(0).message());
        assertEquals("/events/1/id", result.problems().get(0).path());
    }

    @Test
    void aStreamStopsWhenMoreReferencesWaitForTheEndThanItMayRemember() {
        RecordingSink sink = new RecordingSink();
        DatasetLoader loader = new DatasetLoader(LoadMode.LENIENT, new ReadLimits(1 << 10, 2));

        LoadResult result = stream(loader, """
                {"format": "entente/1", "title": "T", "events": [
                  {"id": "e1", "title": "A", "when": "2025", "participants": [{"actor": "a1"}]},
                  {"id": "e2", "title": "B", "when": "2025", "participants": [{"actor": "a1"}]},
                  {"id": "e3", "title": "C", "when": "2025", "participants": [{"actor": "a1"}]}],
                 "actors": [{"id": "a1", "name": "Alpha", "kind": "state"}]}
                """, sink);

        assertEquals(List.of("event e1", "event e2", "withdraw EVENT 0", "withdraw EVENT 1", "end T"), sink.calls);
        assertTrue(result.problems().stream().anyMatch(p -> p.line() == 4
                && p.message().startsWith("more than 2 references to actors or sources further down the file")),
                result.problems()::toString);
        assertTrue(result.problems().stream().anyMatch(p -> p.message().startsWith("reading stopped here: the 0 valid")),
                result.problems()::toString);
    }

    @Test
    void aLoadKeepsWhatItsStreamLeavesAfterTheWithdrawals() {
        String json = """
                {"format": "entente/1", "title": "T",
                 "events": [
                  {"id": "e1", "title": "Kept", "when": "2025", "participants": [{"actor": "a1"}]},
                  {"id": "e2", "title": "Orphan", "when": "2025", "participants": [{"actor": "a9"}]}],
                 "actors": [{"id": "a1", "name": "Alpha", "kind": "state", "memberships": [
                    {"organization": "nowhere", "role": "member"}]}]}
                """;
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

        Dataset d = new DatasetLoader(LoadMode.LENIENT)
                .load(new ByteArrayInputStream(bytes), "test.json", bytes.length, LoadMonitor.NONE)
                .dataset().orElseThrow();

        assertEquals(List.of("e1"), d.events().stream().map(Event::id).toList());
        assertEquals(List.of(), d.actor("a1").orElseThrow().memberships());
    }
}
