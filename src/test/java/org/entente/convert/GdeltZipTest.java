package org.entente.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.entente.model.Event;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GDELT exports read as they are downloaded, zipped, and several at once. */
class GdeltZipTest {
    private static final Path CASES = Path.of("src/test/resources/convert/gdelt/cases.export.CSV");
    private static final Path ACTORS = Path.of("src/test/resources/convert/gdelt/actors.export.CSV");

    @TempDir
    Path dir;

    private Path zip(String name, String... entriesAndTexts) throws IOException {
        Path zip = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < entriesAndTexts.length; i += 2) {
                out.putNextEntry(new ZipEntry(entriesAndTexts[i]));
                out.write(entriesAndTexts[i + 1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }

    private Path zipOf(Path export) throws IOException {
        return zip(export.getFileName() + ".zip", export.getFileName().toString(), Files.readString(export));
    }

    private static List<Event> events(ConvertedDataset converted) {
        return converted.dataset().events();
    }

    @Test
    void aZippedExportConvertsAsThePlainFileDoes() throws IOException {
        Path plainDir = Files.createDirectory(dir.resolve("plain"));
        ConvertedDataset plain = ConvertedDataset.convert(new GdeltImporter(), plainDir, CASES);
        ConvertedDataset zipped = ConvertedDataset.convert(new GdeltImporter(), dir, zipOf(CASES));

        assertEquals(events(plain), events(zipped));
        assertEquals(plain.dataset().actors(), zipped.dataset().actors());
        assertEquals(plain.report().problems().stream().map(p -> p.line() + ": " + p.message()).toList(),
                zipped.report().problems().stream().map(p -> p.line() + ": " + p.message()).toList(),
                "problems keep their lines inside the zip");
    }

    @Test
    void severalFilesAreOneDatasetAndARowReadAgainIsReportedAndSkipped() throws IOException {
        ConvertedDataset once = ConvertedDataset.convert(new GdeltImporter(), Files.createDirectory(dir.resolve("once")),
                CASES);
        ConvertedDataset converted = ConvertedDataset.convert(new GdeltImporter(), dir, zipOf(CASES), ACTORS, CASES);

        assertEquals(once.report().events() + 8, converted.report().events(), "the actors file adds its 8 events");
        assertEquals(once.dataset().event("gdelt-1001").orElseThrow().extras(),
                converted.dataset().event("gdelt-1001").orElseThrow().extras(),
                "the rows of a file read twice are not counted twice");
        List<ImportProblem> repeats = converted.report().problems().stream()
                .filter(p -> p.message().contains("repeats an earlier row")).toList();
        assertEquals(CASES, repeats.get(0).file());
        assertEquals(1, repeats.get(0).line());
        assertEquals("row skipped: GLOBALEVENTID 1001 repeats an earlier row's", repeats.get(0).message());
        long skippedOnce = once.report().problems().stream().filter(p -> p.message().startsWith("row skipped")).count();
        assertEquals(once.report().rowsRead() - skippedOnce, repeats.size(),
                "every row of the plain copy that the zipped copy read as an event");
    }

    @Test
    void aZipBombStopsAtItsLimitWithALocatedProblem() throws IOException {
        String row = Files.readAllLines(CASES).get(0) + "\n";
        Path bomb = zip("bomb.export.CSV.zip", "bomb.export.CSV", row + "\n".repeat(3 << 20));
        assertTrue(Files.size(bomb) < 10_000, "it compresses well: " + Files.size(bomb));

        ConvertedDataset converted = ConvertedDataset.convert(new GdeltImporter(50_000, dir, 1 << 20), dir, bomb);

        assertEquals(1, converted.report().events(), "the rows before the limit are kept");
        assertEquals(1, converted.report().problems().size());
        ImportProblem problem = converted.report().problems().get(0);
        assertEquals(bomb, problem.file());
        assertTrue(problem.line() > 900_000 && problem.line() <= 1 << 20, "about where reading stopped, one MiB of"
                + " lines in, less what the reader had read ahead: " + problem.line());
        assertTrue(problem.message().contains("zip bomb"), problem.message());
        assertTrue(!problem.message().contains("\n"), "one line");
    }

    @Test
    void aZipWithoutAFileOrWithSeveralIsReported() throws IOException {
        ConvertedDataset empty = ConvertedDataset.convert(new GdeltImporter(), dir, zip("empty.zip"));
        assertEquals(1, empty.report().problems().size());
        assertEquals(1, empty.report().problems().get(0).line());
        assertEquals("not read as a GDELT export zip: the zip holds no file; the rest of the file was skipped",
                empty.report().problems().get(0).message());

        String row = Files.readAllLines(CASES).get(0) + "\n";
        Path two = zip("two.zip", "a.export.CSV", row, "b.export.CSV", row);
        ConvertedDataset converted = ConvertedDataset.convert(new GdeltImporter(), Files.createDirectory(dir.resolve("two")),
                two);
        assertEquals(1, converted.report().events());
        assertEquals("warning: the zip holds more than one file; \"b.export.CSV\" and any after it were not read",
                converted.report().problems().get(0).message());
    }

    @Test
    void theSharedSampleZippedAsGdeltServesItConvertsAsThePlainFile() throws IOException {
        Path sample = ConvertedDataset.SHARED_DATA.resolve("gdelt2_20180101000000.export.CSV");
        Assumptions.assumeTrue(Files.isRegularFile(sample), "no ../shared/data");
        Path zipped = dir.resolve("20180101000000.export.CSV.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zipped))) {
            out.putNextEntry(new ZipEntry("20180101000000.export.CSV"));
            Files.copy(sample, out);
            out.closeEntry();
        }
        ConvertedDataset converted = ConvertedDataset.convert(new GdeltImporter(), dir, zipped);

        assertEquals(List.of(), converted.report().problems());
        assertEquals(2414, converted.report().rowsRead());
        assertEquals(1540, converted.report().events());
    }
}
