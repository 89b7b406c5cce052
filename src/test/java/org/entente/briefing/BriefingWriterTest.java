package org.entente.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.entente.claims.ClaimText;
import org.entente.index.IndexedDataset;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.notes.NoteTarget;
import org.entente.notes.Notes;
import org.entente.query.TimeWindow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The briefing of the seed with the Beijing parade selected, read back with an HTML parser. */
class BriefingWriterTest {
    private static final long DAY = 86_400_000L;
    private static final String PARADE = "ev-beijing-parade-2025";
    private static final TimeWindow AUTUMN = new TimeWindow(LocalDate.of(2025, 8, 1).toEpochDay() * DAY,
            LocalDate.of(2025, 11, 1).toEpochDay() * DAY);

    private static IndexedDataset seed;

    @BeforeAll
    static void loadSeed() {
        seed = IndexedDataset.of(new DatasetLoader(LoadMode.STRICT).load(Path.of("data/dprk-china-russia-2025.json"))
                .dataset().orElseThrow());
    }

    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static Briefing briefing(IndexedDataset data, EventPick events, Notes notes) throws IOException {
        return new Briefing(data.dataset(), AUTUMN, "The selected event", null, events,
                BriefingNotes.of(notes, data, events.events(), AUTUMN),
                List.of(new Figure("Timeline", png(40, 10)), new Figure("Actor graph", png(20, 20)), new Figure("Map", png(30, 20))));
    }

    private static Document written(Briefing briefing, Path dir) throws IOException {
        Path file = dir.resolve("briefing.html");
        BriefingWriter.write(briefing, file);
        return Jsoup.parse(Files.readString(file));
    }

    @Test
    void theParadeShowsBothSourcesClaimsOnItsDateWithTheirGrades(@TempDir Path dir) throws IOException {
        Notes notes = Notes.NONE.adding(new NoteTarget.Event(PARADE), "Check the 2024 date with a third source.", 0)
                .adding(new NoteTarget.Actor("nobody-in-the-parade"), "Not about this briefing.", 0);
        Document html = written(briefing(seed, EventPick.of(seed.dataset(), List.of(PARADE)), notes), dir);

        assertTrue(html.title().contains(seed.dataset().title()), html.title());
        assertEquals("1 Aug 2025 \u2013 31 Oct 2025", html.selectFirst(".window").text());
        Element parade = html.getElementById("event-" + PARADE);
        assertEquals(1, html.select("article.event").size());
        assertTrue(parade.selectFirst(".date").text().startsWith("3 Sep 2025"), parade.selectFirst(".date").text());
        Element notice = parade.selectFirst(".disagree");
        assertTrue(notice.text().contains("Sources disagree on the date"), notice.text());
        assertTrue(notice.text().contains("says Sep 2025 (credibility 2 \u2013 probably true)"), notice.text());
        assertTrue(notice.text().contains("says 9 Sep 2024 (credibility 5 \u2013 improbable) \u2014 does not match"), notice.text());
        assertEquals(2, parade.select(".source-claims").size(), "the claims stand under their two sources");
        Element a = parade.select(".source-claims").get(0);
        Element b = parade.select(".source-claims").get(1);
        assertEquals(ClaimText.source(seed.dataset().source("art-a").orElseThrow()), a.selectFirst(".source").text());
        assertEquals(ClaimText.source(seed.dataset().source("art-b").orElseThrow()), b.selectFirst(".source").text());
        assertEquals("reliability " + reliability("art-a"), a.selectFirst(".reliability").text());
        assertEquals("reliability " + reliability("art-b"), b.selectFirst(".reliability").text());
        assertTrue(a.select(".grades").eachText().contains("credibility 2 \u2013 probably true \u00B7 dates it Sep 2025"), a.text());
        assertTrue(b.select(".grades").eachText().contains("credibility 5 \u2013 improbable \u00B7 dates it 9 Sep 2024"), b.text());
        assertTrue(b.select("blockquote").eachText().stream().anyMatch(q -> q.contains("on September 9, 2024")));
        assertTrue(parade.selectFirst(".facts").text().contains("Kim Jong Un (attendee)"), parade.selectFirst(".facts").text());

        List<String> aboutNotes = html.select(".note").eachText();
        assertEquals(1, aboutNotes.size(), aboutNotes.toString());
        assertTrue(aboutNotes.get(0).contains("Check the 2024 date with a third source."));
        assertTrue(aboutNotes.get(0).startsWith("On the event \u201CBeijing military parade"), aboutNotes.get(0));
    }

    private static String reliability(String sourceId) {
        return ClaimText.reliability(seed.dataset().source(sourceId).orElseThrow().reliability());
    }

    @Test
    void itHoldsThreeInlinePngsAndNothingThatRunsOrFetches(@TempDir Path dir) throws IOException {
        Document html = written(briefing(seed, EventPick.of(seed.dataset(), List.of(PARADE)), Notes.NONE), dir);

        assertEquals(3, html.select("img").size());
        for (Element img : html.select("img")) {
            String src = img.attr("src");
            assertTrue(src.startsWith("data:image/png;base64,"), src);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1))));
            assertTrue(image != null && image.getWidth() > 0);
        }
        assertTrue(html.select("script, link, iframe, object, embed, [href], [srcset]").isEmpty());
        assertTrue(html.select("[src]").stream().allMatch(e -> e.attr("src").startsWith("data:")));
        assertFalse(html.html().toLowerCase().contains("url("), "the style fetches nothing either");
    }

    @Test
    void textFromTheDatasetIsTextNeverMarkup(@TempDir Path dir) throws IOException {
        String hostile = "<script>alert(1)</script> & \"quotes\" 'too'";
        Dataset d = seed.dataset();
        Event parade = d.event(PARADE).orElseThrow();
        Event renamed = new Event(parade.id(), hostile, parade.when(), hostile, hostile, parade.location(), parade.participants(),
                parade.tone(), parade.codes(), parade.tags(), parade.citations(), parade.extras());
        IndexedDataset data = IndexedDataset.of(new Dataset(hostile, hostile, d.sources(), d.actors(), List.of(renamed), d.relations(), d.extras()));
        Notes notes = Notes.NONE.adding(new NoteTarget.Event(PARADE), hostile, 0);
        Path file = dir.resolve("briefing.html");
        BriefingWriter.write(briefing(data, EventPick.of(data.dataset(), List.of(PARADE)), notes), file);
        String raw = Files.readString(file);
        Document html = Jsoup.parse(raw);

        assertFalse(raw.toLowerCase().contains("<script"), "no script tag, from the dataset or otherwise");
        assertEquals(hostile, html.selectFirst("h3").text());
        assertEquals(hostile, html.selectFirst("h1").text());
        assertEquals(hostile, html.selectFirst(".note-text").text());
        assertTrue(html.title().endsWith(hostile), html.title());
    }

    @Test
    void theEscapeLeavesNoMarkupAndNoForbiddenCharacter() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#39;s&#39;",
                Html.escape("<script>alert(1)</script> & \"q\" 's'"));
        assertEquals("a\uFFFDb\uFFFDc\uFFFDd\te\nf", Html.escape("a\u0000b\u0007c\u0085d\te\nf"));
        assertEquals("\uD83C\uDDF0\uD83C\uDDF5 \uFFFD", Html.escape("\uD83C\uDDF0\uD83C\uDDF5 \uD800"), "pairs kept, a lone half replaced");
        assertEquals("", Html.escape(null));
    }

    @Test
    void aLongListIsCutAndSaysHowManyMore(@TempDir Path dir) throws IOException {
        List<Event> many = new ArrayList<>();
        Event parade = seed.dataset().event(PARADE).orElseThrow();
        for (int i = 0; i < EventPick.CAP + 7; i++) {
            many.add(new Event("e" + i, "Event " + i, parade.when(), "parade", null, null, List.of(), Double.NaN, List.of(),
                    List.of(), List.of(), parade.extras()));
        }
        IndexedDataset data = IndexedDataset.of(new Dataset("Many", null, List.of(), List.of(), many, List.of(), seed.dataset().extras()));
        EventPick pick = EventPick.inWindow(data, AUTUMN, e -> true);
        Document html = written(briefing(data, pick, Notes.NONE), dir);

        assertEquals(EventPick.CAP, html.select("article.event").size());
        assertEquals("And 7 more events, left out to keep the briefing readable.", html.selectFirst(".more").text());
    }
}
