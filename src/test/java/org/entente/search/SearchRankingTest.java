package org.entente.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a word is found decides the order: title, then summary, then quote; then whole words; then latest first. */
class SearchRankingTest {
    @TempDir
    Path dir;

    private static String event(String id, String when, String title, String summary, String quote) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"when\":\"" + when + "\",\"summary\":\"" + summary
                + "\",\"participants\":[{\"actor\":\"a\"}],\"citations\":[{\"source\":\"s\",\"quote\":\"" + quote + "\"}]}";
    }

    @Test
    void titleBeatsSummaryBeatsQuoteThenWholeWordsThenLatest() throws Exception {
        String json = "{\"format\":\"entente/1\",\"title\":\"ranking\",\"sources\":[{\"id\":\"s\",\"title\":\"S\"}],"
                + "\"actors\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"state\"}],\"events\":["
                + String.join(",",
                        event("in-quote", "2025-01-05", "A meeting", "Talks.", "They spoke of the summit."),
                        event("in-summary", "2025-01-01", "A meeting", "A summit in Beijing.", "Nothing."),
                        event("title-early", "2020-01-01", "The summit", "Talks.", "Nothing."),
                        event("title-late", "2024-01-01", "The summit", "Talks.", "Nothing."),
                        event("title-prefix", "2025-06-01", "The summitry", "Talks.", "Nothing."),
                        event("elsewhere", "2025-06-01", "A dinner", "Food.", "Nothing."))
                + "]}";
        Path file = dir.resolve("ranking.json");
        Files.writeString(file, json);
        Dataset dataset = new DatasetLoader(LoadMode.STRICT).load(file).dataset().orElseThrow();

        List<SearchHit> hits = SearchIndex.of(dataset).search("summit", 10, () -> false);

        assertEquals(List.of("title-late", "title-early", "title-prefix", "in-summary", "in-quote"),
                hits.stream().map(SearchHit::id).toList());
        assertEquals("1 Jan 2025 · in the summary: A summit in Beijing.", hits.get(3).detail());
        assertEquals("5 Jan 2025 · in a quote: They spoke of the summit.", hits.get(4).detail());
    }
}
