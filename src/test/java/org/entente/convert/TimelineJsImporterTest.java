package org.entente.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Period;
import org.entente.model.Source;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.entente.time.WhenFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineJsImporterTest {
    private static final Path FIXTURE = Path.of("src/test/resources/convert/timelinejs/timeline.json");

    @TempDir
    Path dir;

    private ConvertedDataset convertFixture() throws IOException {
        return ConvertedDataset.convert(new TimelineJsImporter(), dir, FIXTURE);
    }

    private static Event event(Dataset d, String title) {
        return d.events().stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void slidesWithoutAUsableStartAreReportedAtTheirLineAndSkipped() throws IOException {
        ConvertedDataset converted = convertFixture();

        assertEquals(List.of(19L, 20L, 21L, 25L, 28L, 36L), converted.problemLines(),
                converted.report().problems()::toString);
        assertEquals(List.of(5L), converted.report().problems().stream().map(ImportProblem::column).distinct().toList(),
                "each at the column where its slide starts");
        assertTrue(converted.report().problems().get(0).format().endsWith("timeline.json:19:5: "
                + converted.report().problems().get(0).message()));
        List<String> messages = converted.report().problems().stream().map(ImportProblem::message).toList();
        assertTrue(messages.get(0).contains("\"No year\" has no usable start_date (no year)"), messages.get(0));
        assertTrue(messages.get(1).contains("month 13 is out of range"), messages.get(1));
        assertTrue(messages.get(2).contains("no date object"), messages.get(2));
        assertTrue(messages.get(3).contains("unusable end_date") && messages.get(3).endsWith("only its start date was kept"));
        assertTrue(messages.get(5).startsWith("the era \"Era without a start\""), messages.get(5));
        assertEquals(10, converted.report().rowsRead());
        assertEquals(6, converted.report().events());
        assertEquals(6, converted.dataset().events().size());
    }

    @Test
    void aMediaCaptionAndCreditAreTheLinksTextAndAQuotationShownAsMediaKeepsThem() throws IOException {
        Path file = Files.writeString(dir.resolve("media.json"), """
                { "events": [
                  { "start_date": { "year": "2012", "month": "1", "day": "3" }, "text": { "headline": "Interview" },
                    "media": { "url": "https://www.youtube.com/watch?v=x1", "caption": "Diane Sawyer",
                               "credit": "<a href='https://abcnews.go.com'>ABC News</a>" } },
                  { "start_date": { "year": "2012", "month": "1", "day": "4" }, "text": { "headline": "Speech" },
                    "media": { "url": "<blockquote>We will win.</blockquote>", "caption": "From the victory speech",
                               "credit": "<a href='https://example.org/speech'>Example News</a>" } } ] }
                """);
        Dataset d = ConvertedDataset.convert(new TimelineJsImporter(), dir, file).dataset();

        Event interview = event(d, "Interview");
        assertNull(interview.citations().get(0).quote(), "Diane Sawyer is who is shown, not what the source says");
        Source link = d.source(interview.citations().get(0).source()).orElseThrow();
        assertEquals("Diane Sawyer", link.title());
        assertEquals("ABC News", link.publisher());
        assertEquals("https://www.youtube.com/watch?v=x1", link.url());

        Event speech = event(d, "Speech");
        assertTrue(speech.citations().isEmpty());
        assertEquals("\"We will win.\"", speech.extras().fields().get("x-timelinejs-media"));
        assertEquals("\"From the victory speech\"", speech.extras().fields().get("x-timelinejs-media-caption"));
        assertEquals("\"Example News\"", speech.extras().fields().get("x-timelinejs-media-credit"));
    }

    @Test
    void aProblemQuotesAtMost200CharactersOfItsValueOnOneLine() throws IOException {
        String headline = "Very long\\nheadline " + "x".repeat(5000);
        Path file = Files.writeString(dir.resolve("long.json"), "{ \"events\": [\n  { \"text\": { \"headline\": \""
                + headline + "\" },\n    \"start_date\": { \"year\": \"1999\", \"month\": \"" + "9".repeat(5000) + "\" } } ] }");
        ConvertedDataset converted = ConvertedDataset.convert(new TimelineJsImporter(), dir, file);

        ImportProblem problem = converted.report().problems().get(0);
        assertEquals(2, problem.line());
        assertEquals(3, problem.column());
        assertTrue(problem.message().startsWith("the event \"Very long headline xxx"), problem.message());
        assertTrue(problem.message().length() < 2 * ProblemText.MAX_QUOTED + 100, "cut: " + problem.message().length());
        assertFalse(problem.format().contains("\n"), "one line");
    }

    @Test
    void datesKeepTheirPrecisionAndBceYearsBecomeAstronomical() throws IOException {
        Dataset d = convertFixture().dataset();

        assertEquals("-0499", event(d, "Battle of Somewhere").when().text());
        assertEquals("1648-10-24/1648-11", event(d, "Peace of Westphalia").when().text());
        assertEquals("1914-07", event(d, "July Crisis").when().text(), "an empty day is absent");
        assertEquals("1945-06-26T14:30", event(d, "UN Charter signed").when().text());
        assertEquals("1999", d.events().get(5).when().text());
    }

    @Test
    void timelineJsYearMinus500IsShownAs500Bce() throws EdtfException {
        assertEquals("500 BCE", WhenFormat.format(Edtf.parse("-0499")));
    }

    @Test
    void htmlIsReducedToPlainText() throws IOException {
        Dataset d = convertFixture().dataset();

        assertEquals("Treaties & Truces", d.title());
        assertEquals("A hand-written test timeline.", d.description());
        Event battle = event(d, "Battle of Somewhere");
        assertEquals("Fought in 500 BCE & remembered <b> long.", battle.summary(),
                "entities decoded after tags are dropped, so an escaped tag stays as text");
        assertEquals("alert('x') Signed in Münster.", event(d, "Peace of Westphalia").summary(),
                "a script is shown as text, never run");
        assertEquals("Only a text and no headline, long enough to be shortened into a title of eighty…",
                d.events().get(5).title());
    }

    @Test
    void groupsBecomeTagsAndMediaLinksBecomeCitedSources() throws IOException {
        Dataset d = convertFixture().dataset();

        assertEquals(List.of("Antiquity"), event(d, "Battle of Somewhere").tags());
        Event westphalia = event(d, "Peace of Westphalia");
        assertEquals(List.of("Treaties"), westphalia.tags());
        assertNull(westphalia.citations().get(0).quote(), "a caption describes the picture: it is not a quote");
        Source media = d.source(westphalia.citations().get(0).source()).orElseThrow();
        assertEquals("https://example.org/westphalia.jpg", media.url());
        assertEquals("The signing", media.title(), "the caption is the link's text");
        assertEquals("Example Archive", media.publisher(), "and so is the credit");
        Event vienna = event(d, "Final Act of the Congress of Vienna");
        assertNull(vienna.citations().get(0).quote());
        Source credited = d.source(vienna.citations().get(0).source()).orElseThrow();
        assertEquals("https://example.org/westphalia.jpg", credited.url(), "a protocol-relative link is https");
        assertEquals("Example Archive", credited.title(), "the credit when there is no caption");
        assertEquals(2, d.sources().size(), "the same picture with another caption is another link");

        Event july = event(d, "July Crisis");
        assertTrue(july.citations().isEmpty());
        assertEquals("\"Words & deeds\"", july.extras().fields().get("x-timelinejs-media"));
        assertEquals("\"human\"", d.extras().fields().get("x-timelinejs-scale"));
    }

    @Test
    void erasBecomePeriods() throws IOException {
        Dataset d = convertFixture().dataset();

        assertEquals(List.of("Archaic Greece", "First World War"), d.periods().stream().map(Period::title).toList());
        assertEquals("-0799/-0479", d.periods().get(0).when().text());
        assertEquals("1914-07-28/1918-11-11", d.periods().get(1).when().text());
        assertEquals("era-archaic-greece", d.periods().get(0).id());
    }

    @Test
    void malformedJsonIsReportedAtItsLine() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\n \"events\": [\n  { \"start_date\": \n");
        ConvertedDataset converted = ConvertedDataset.convert(new TimelineJsImporter(), dir, broken);

        assertEquals(1, converted.report().problems().size());
        assertTrue(converted.report().problems().get(0).message().startsWith("malformed JSON"));
        assertEquals(4, converted.problemLines().get(0));
        assertFalse(converted.dataset().title().isEmpty(), "a dataset needs a title, even an empty one");
    }

    @Test
    void theSharedTimelineJsExamplesConvert() throws IOException {
        Path folder = ConvertedDataset.SHARED_DATA.resolve("timelinejs");
        Path republican = folder.resolve("website_examples_republican_timeline3.json");
        Path women = folder.resolve("contrib_women_in_computing.json");
        Assumptions.assumeTrue(Files.isRegularFile(republican) && Files.isRegularFile(women), "no ../shared/data");

        ConvertedDataset first = ConvertedDataset.convert(new TimelineJsImporter(), dir, republican);
        assertEquals(List.of(), first.report().problems());
        assertEquals(13, first.dataset().events().size());
        assertEquals("The Republican Run-Up", first.dataset().title());
        assertEquals("2012-01-03", first.dataset().events().get(0).when().text());
        assertEquals("Iowa", first.dataset().events().get(0).title());

        ConvertedDataset second = ConvertedDataset.convert(new TimelineJsImporter(), dir, women);
        assertEquals(List.of(), second.report().problems());
        Dataset d = second.dataset();
        assertEquals(10, d.events().size());
        assertEquals("Women in Computing", d.title());
        Event ada = event(d, "Ada Lovelace");
        assertEquals("1815-12-10/1852-11-27", ada.when().text());
        assertNull(ada.citations().get(0).quote());
        assertEquals("Portrait by Alfred Edward Chalon", d.source(ada.citations().get(0).source()).orElseThrow().title());
        assertEquals(0, d.events().stream().flatMap(e -> e.citations().stream()).filter(c -> c.quote() != null).count(),
                "no caption or credit became a quote");
        assertEquals("1943-07/1946", event(d, "...And the women who made it work").when().text());
        assertEquals("1951", event(d, "Rózsa Péter writes recursion").when().text());
        assertNull(event(d, "Edith Clarke: Bucking the Trend").summary(), "an empty text is no summary");
    }
}
