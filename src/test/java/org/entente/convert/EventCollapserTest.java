package org.entente.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventCollapserTest {
    @TempDir
    Path dir;

    @Test
    void eventsWithTheSameKeyMergeAcrossSpilledRuns() throws IOException {
        List<PendingEvent> merged = new ArrayList<>();
        try (EventCollapser collapser = new EventCollapser(2, dir)) {
            collapser.add(event("2024-01-02", "usa", 1, 10, "https://a"));
            collapser.add(event("2024-01-01", "chn", 2, 20, "https://b"));
            collapser.add(event("2024-01-02", "usa", 3, 30, "https://c"));
            collapser.add(event("2024-01-03", "prk", 4, 40, "https://a"));
            collapser.add(event("2024-01-02", "usa", 5, 50, "https://a"));
            assertEquals(2, collapser.spilledRuns());
            collapser.drain(merged::add);
        }
        assertEquals(List.of("2024-01-01", "2024-01-02", "2024-01-03"), merged.stream().map(e -> e.key.day()).toList());
        PendingEvent usa = merged.get(1);
        assertEquals(3, usa.rows);
        assertEquals(90, usa.mentions);
        assertEquals(1, usa.globalEventId);
        assertEquals("place 1", usa.placeName, "the first row read keeps its place");
        assertEquals(2, usa.sources.length, "https://a is cited once");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void nothingSpillsWhileTheBufferHoldsEverything() throws IOException {
        try (EventCollapser collapser = new EventCollapser(10, dir)) {
            for (int i = 0; i < 20; i++) {
                collapser.add(event("2024-01-01", "usa", i, 1, "https://a"));
            }
            assertEquals(0, collapser.spilledRuns());
            List<PendingEvent> merged = new ArrayList<>();
            collapser.drain(merged::add);
            assertEquals(1, merged.size());
            assertEquals(20, merged.get(0).rows);
        }
    }

    private static PendingEvent event(String day, String actor, long id, long mentions, String url) {
        PendingEvent e = new PendingEvent(new EventKey(day, actor, "", "042"), "042", "04");
        e.globalEventId = id;
        e.mentions = mentions;
        e.placeName = "place " + id;
        e.addSource(url.hashCode());
        return e;
    }
}
