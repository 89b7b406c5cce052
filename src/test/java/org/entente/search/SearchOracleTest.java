package org.entente.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.entente.generate.DatasetGenerator;
import org.entente.generate.GeneratorOptions;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.model.Actor;
import org.entente.model.Citation;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index against a brute-force scan of every record's words, on a generated dataset and random
 * queries: a query with a leading {@code #} against the tags, any other against the actors and events.
 */
class SearchOracleTest {
    @TempDir
    Path dir;

    @Test
    void findsExactlyWhatAScanOfWordPrefixesFinds() throws Exception {
        Path file = dir.resolve("generated.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            new DatasetGenerator().write(new GeneratorOptions(5_000, 300, 11), out);
        }
        Dataset dataset = new DatasetLoader(LoadMode.STRICT).load(file).dataset().orElseThrow();
        SearchIndex index = SearchIndex.of(dataset);
        List<Record> records = records(dataset);
        List<String> vocabulary = records.stream().flatMap(r -> r.words().stream()).distinct().sorted().toList();
        int everything = records.size();

        SplittableRandom random = new SplittableRandom(5);
        for (int round = 0; round < 300; round++) {
            List<String> query = new ArrayList<>();
            for (int w = 1 + random.nextInt(2); w > 0; w--) {
                String word = vocabulary.get(random.nextInt(vocabulary.size()));
                query.add(word.substring(0, 1 + random.nextInt(word.length())));
            }
            boolean tags = random.nextInt(4) == 0;
            String text = (tags ? "#" : "") + String.join(random.nextBoolean() ? " " : ", ", query).toUpperCase(Locale.ROOT);

            List<SearchHit> hits = index.search(text, everything, () -> false);

            Set<String> expected = records.stream().filter(r -> r.key().startsWith("TAG:") == tags).filter(r -> query.stream().allMatch(
                    q -> r.words().stream().anyMatch(word -> word.startsWith(q)))).map(Record::key).collect(Collectors.toSet());
            Set<String> found = hits.stream().map(h -> h.kind() + ":" + h.id()).collect(Collectors.toSet());
            assertEquals(expected, found, text);
            assertEquals(hits.size(), found.size(), text);
            for (int i = 1; i < hits.size(); i++) {
                assertTrue(hits.get(i - 1).kind().compareTo(hits.get(i).kind()) < 0
                        || hits.get(i - 1).score() >= hits.get(i).score(), text);
            }
        }
    }

    private record Record(String key, Set<String> words) {
    }

    private static List<Record> records(Dataset dataset) {
        List<Record> records = new ArrayList<>();
        for (Actor actor : dataset.actors()) {
            List<String> texts = new ArrayList<>(actor.aliases() == null ? List.of() : actor.aliases());
            texts.add(actor.name());
            records.add(new Record("ACTOR:" + actor.id(), words(texts)));
        }
        Set<String> tags = new HashSet<>();
        for (Event event : dataset.events()) {
            List<String> texts = new ArrayList<>(List.of(event.title()));
            if (event.summary() != null) {
                texts.add(event.summary());
            }
            event.citations().stream().map(Citation::quote).filter(q -> q != null).forEach(texts::add);
            records.add(new Record("EVENT:" + event.id(), words(texts)));
            tags.addAll(event.tags());
        }
        tags.forEach(tag -> records.add(new Record("TAG:" + tag, words(List.of(tag)))));
        return records;
    }

    private static Set<String> words(List<String> texts) {
        Set<String> words = new HashSet<>();
        for (String text : texts) {
            String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
            for (String word : plain.split("[^\\p{L}\\p{Nd}]+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }
}
