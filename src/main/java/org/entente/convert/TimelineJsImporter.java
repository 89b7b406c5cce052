package org.entente.convert;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.entente.export.DatasetWriter;
import org.entente.model.Citation;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Period;
import org.entente.model.Source;
import org.entente.query.Filter;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.entente.time.When;

/**
 * Imports TimelineJS3 JSON ({@code {title, events[], eras[], scale}}): each slide becomes an event, each
 * era a period, and each media link a source the event cites, its caption and credit the link's own text.
 * HTML in headlines and texts is reduced to plain text. A slide without a usable start date is reported
 * with its line and skipped. See docs/IMPORT.md for the mapping.
 */
public final class TimelineJsImporter implements Importer {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int TITLE_FROM_TEXT = 80;

    public TimelineJsImporter() {
    }

    @Override
    public ImportReport convert(List<Path> inputs, OutputStream out, ImportProgress progress) throws IOException {
        Conversion conversion = new Conversion(progress);
        ByteCountingInput.readAll(inputs, progress, (input, in) -> {
            try (JsonParser parser = MAPPER.getFactory().createParser(in)) {
                conversion.readFile(input, parser);
            } catch (JsonProcessingException e) {
                conversion.problem(input, e.getLocation(), "malformed JSON: " + e.getOriginalMessage()
                        + "; the rest of the file was skipped");
            }
        });
        Dataset dataset = conversion.build(inputs);
        DatasetWriter.write(dataset, Filter.NONE, out);
        return ImportReport.of(conversion.slides, dataset, conversion.problems);
    }

    /** The state of one conversion, across its input files. */
    private static final class Conversion {
        final ImportProgress progress;
        final List<ImportProblem> problems = new ArrayList<>();
        final List<Event> events = new ArrayList<>();
        final List<Period> periods = new ArrayList<>();
        final Map<String, Source> sourcesByLink = new LinkedHashMap<>();
        final Slugs eventIds = new Slugs("");
        final Slugs periodIds = new Slugs("era-");
        final Slugs sourceIds = new Slugs("media-");
        final List<String> titles = new ArrayList<>();
        final List<String> descriptions = new ArrayList<>();
        final Map<String, String> datasetExtras = new LinkedHashMap<>();
        long slides;

        Conversion(ImportProgress progress) {
            this.progress = progress;
        }

        /** A problem at a place in the JSON, by line and column; at line 0 when the parser knows no place. */
        void problem(Path file, JsonLocation at, String message) {
            problems.add(at == null ? new ImportProblem(file, 0, message)
                    : new ImportProblem(file, at.getLineNr(), Math.max(0, at.getColumnNr()), message));
        }

        void readFile(Path file, JsonParser parser) throws IOException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problem(file, parser.currentTokenLocation(), "not a TimelineJS file: expected a JSON object at the top level");
                return;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "events" -> eachObject(file, parser, value, "events", this::slide);
                    case "eras" -> eachObject(file, parser, value, "eras", this::era);
                    case "title" -> title(parser.readValueAsTree());
                    case "scale" -> scale(file, parser.currentTokenLocation(), parser.readValueAsTree());
                    default -> parser.skipChildren();
                }
            }
        }

        /** The timeline's scale, kept as it was written, unless a dataset cannot hold it (a number of 200 digits, say). */
        private void scale(Path file, JsonLocation at, JsonNode scale) throws IOException {
            String unwritable = ImportText.unwritable(scale);
            if (unwritable != null) {
                problem(file, at, "\"scale\" was left out: " + unwritable);
            } else {
                datasetExtras.put("x-timelinejs-scale", MAPPER.writeValueAsString(scale));
            }
        }

        private interface ElementReader {
            void read(Path file, JsonLocation at, JsonNode element);
        }

        private void eachObject(Path file, JsonParser parser, JsonToken start, String list, ElementReader reader)
                throws IOException {
            if (start != JsonToken.START_ARRAY) {
                problem(file, parser.currentTokenLocation(), "\"" + list + "\" is not an array; it was skipped");
                parser.skipChildren();
                return;
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                ByteCountingInput.stopIfCancelled(progress);
                JsonLocation at = parser.currentTokenLocation();
                JsonNode element = parser.readValueAsTree();
                if (element.isObject()) {
                    reader.read(file, at, element);
                } else {
                    problem(file, at, "an element of \"" + list + "\" is not an object; it was skipped");
                }
            }
        }

        private void title(JsonNode title) {
            String headline = title.isTextual() ? PlainText.fromHtml(title.asText())
                    : PlainText.fromHtml(title.path("text").path("headline").asText(null));
            if (headline != null) {
                titles.add(headline);
            }
            String text = PlainText.fromHtml(title.path("text").path("text").asText(null));
            if (text != null) {
                descriptions.add(text);
            }
        }

        /** A slide's start, or its start and end, or null after reporting why its start is unusable. */
        private When when(Path file, JsonLocation at, JsonNode slide, String what) {
            When start;
            try {
                start = Edtf.parse(TimelineJsDate.toEdtf(slide.get("start_date")));
            } catch (TimelineJsDate.Unreadable | EdtfException e) {
                problem(file, at, what + " has no usable start_date (" + e.getMessage() + "); it was skipped");
                return null;
            }
            JsonNode end = slide.get("end_date");
            if (end == null || end.path("year").asText("").isBlank()) {
                return start;
            }
            try {
                return Edtf.parse(start.text() + "/" + TimelineJsDate.toEdtf(end));
            } catch (TimelineJsDate.Unreadable | EdtfException e) {
                problem(file, at, what + " has an unusable end_date (" + e.getMessage()
                        + "); only its start date was kept");
                return start;
            }
        }

        private void slide(Path file, JsonLocation at, JsonNode slide) {
            slides++;
            String headline = PlainText.fromHtml(slide.path("text").path("headline").asText(null));
            When when = when(file, at, slide, "the event" + (headline == null ? "" : " " + ProblemText.quote(headline)));
            if (when == null) {
                return;
            }
            String summary = PlainText.fromHtml(slide.path("text").path("text").asText(null));
            String title = headline != null ? headline
                    : summary != null ? shortened(summary) : "Untitled event of " + when.text();
            String uniqueId = slide.path("unique_id").asText("");
            String id = eventIds.unique(!uniqueId.isBlank() ? uniqueId : title);
            String group = slide.path("group").asText("").strip();
            Map<String, String> extras = new LinkedHashMap<>();
            List<Citation> citations = media(slide.path("media"), extras);
            events.add(new Event(id, title, when, null, summary, null, List.of(), Double.NaN, List.of(),
                    group.isEmpty() ? List.of() : List.of(group), citations, Extras.of(extras)));
        }

        private static String shortened(String text) {
            return text.length() <= TITLE_FROM_TEXT ? text : text.substring(0, TITLE_FROM_TEXT - 1).strip() + "…";
        }

        /**
         * A media link becomes a source that the event cites: the link, with its caption as its title and its
         * credit as its publisher, or the credit as its title when there is no caption. Neither is ever the
         * citation's quote, which is for words the source itself says; a caption describes the picture. One
         * source per link and text, so that a picture shown twice with two captions keeps both. Media that
         * are not links, such as a quotation TimelineJS shows in place of a picture, are kept as the plain-text
         * extra field {@code x-timelinejs-media}, with their caption and credit beside it.
         */
        private List<Citation> media(JsonNode media, Map<String, String> extras) {
            String url = media.path("url").asText("").strip();
            String caption = PlainText.fromHtml(media.path("caption").asText(null));
            String credit = PlainText.fromHtml(media.path("credit").asText(null));
            if (url.startsWith("//")) {
                url = "https:" + url;
            }
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                putText(extras, "x-timelinejs-media", PlainText.fromHtml(url));
                if (extras.containsKey("x-timelinejs-media")) {
                    putText(extras, "x-timelinejs-media-caption", caption);
                    putText(extras, "x-timelinejs-media-credit", credit);
                }
                return List.of();
            }
            String link = url;
            Source source = sourcesByLink.computeIfAbsent(link + '\n' + caption + '\n' + credit,
                    key -> new Source(sourceIds.unique(host(link)), caption != null ? caption
                            : credit != null ? credit : hostAndPath(link), credit, null, link, null, Extras.NONE));
            return List.of(new Citation(source.id(), null, null, 0));
        }

        private static void putText(Map<String, String> extras, String field, String text) {
            if (text != null) {
                extras.put(field, JsonText.string(text));
            }
        }

        /**
         * A link without its scheme and query, as a title for a link that has no text of its own; the whole
         * link when nothing is left ("https://").
         */
        private static String hostAndPath(String url) {
            String withoutScheme = url.substring(url.indexOf("//") + 2);
            int query = withoutScheme.indexOf('?');
            String title = query < 0 ? withoutScheme : withoutScheme.substring(0, query);
            return title.isBlank() ? url : title;
        }

        private static String host(String url) {
            int start = url.indexOf("//") + 2;
            int end = url.indexOf('/', start);
            return url.substring(start, end < 0 ? url.length() : end).replaceFirst("^www\\.", "");
        }

        private void era(Path file, JsonLocation at, JsonNode era) {
            String headline = PlainText.fromHtml(era.path("text").path("headline").asText(null));
            When when = when(file, at, era, "the era" + (headline == null ? "" : " " + ProblemText.quote(headline)));
            if (when == null) {
                return;
            }
            String title = headline != null ? headline : "Era of " + when.text();
            periods.add(new Period(periodIds.unique(title), title, when, Extras.NONE));
        }

        Dataset build(List<Path> inputs) {
            String title;
            if (titles.isEmpty()) {
                StringJoiner names = new StringJoiner(", ", "TimelineJS: ", "");
                inputs.forEach(input -> names.add(String.valueOf(input.getFileName())));
                title = names.toString();
            } else {
                title = String.join(" / ", titles);
            }
            String description = descriptions.isEmpty() ? null : String.join("\n\n", descriptions);
            return new Dataset(title, description, List.copyOf(sourcesByLink.values()), List.of(), events,
                    List.of(), periods, Extras.of(datasetExtras));
        }
    }
}
