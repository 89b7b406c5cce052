package org.entente.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.entente.index.IndexedDataset;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.query.TimeWindow;
import org.entente.state.ViewState;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the real samples in ../shared/data open, when they are there. */
class SampleOpeningWindowTest {
    private static final long DAY = 86_400_000L;

    @TempDir
    Path dir;

    private static long day(int y, int m, int d) {
        return LocalDate.of(y, m, d).toEpochDay() * DAY;
    }

    private TimeWindow opening(Importer importer, Path sample) throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(sample), "no " + sample);
        Dataset dataset = ConvertedDataset.convert(importer, dir, sample).dataset();
        ViewState state = new ViewState();
        state.show(IndexedDataset.of(dataset));
        assertTrue(state.getWindow().contains(state.getCursor()), "the cursor is in view");
        return state.getWindow();
    }

    @Test
    void icewsOpensOnBothOfItsDays() throws IOException {
        TimeWindow window = opening(new IcewsImporter(), ConvertedDataset.SHARED_DATA.resolve("icews_events.2018.sample.tab"));

        assertTrue(window.start() <= day(2018, 6, 1) && window.end() >= day(2018, 6, 3), window.toString());
        assertTrue(window.span() < 3 * DAY, window.toString());
    }

    @Test
    void gdeltOpensOnTheDayOfItsExportNotOnTheMonthItLooksBackOn() throws IOException {
        TimeWindow window = opening(new GdeltImporter(),
                ConvertedDataset.SHARED_DATA.resolve("gdelt2_20180101000000.export.CSV"));

        assertTrue(window.start() <= day(2018, 1, 1) && window.end() >= day(2018, 1, 2), window.toString());
        assertTrue(window.span() < 3 * DAY, window.toString());
    }

    @Test
    void womenInComputingOpensOnTheTwentiethCenturyLeavingAdaLovelaceToFitAll() throws IOException {
        Path sample = ConvertedDataset.SHARED_DATA.resolve("timelinejs/contrib_women_in_computing.json");
        TimeWindow window = opening(new TimelineJsImporter(), sample);
        Dataset dataset = ConvertedDataset.convert(new TimelineJsImporter(), dir, sample).dataset();

        int inView = 0;
        for (Event event : dataset.events()) {
            inView += window.contains(event.when().start()) ? 1 : 0;
        }
        assertEquals(dataset.events().size() - 1, inView, window.toString());
        assertFalse(window.contains(day(1815, 12, 10)));
    }

    @Test
    void theRepublicanRunUpIsEvenAndOpensWhole() throws IOException {
        TimeWindow window = opening(new TimelineJsImporter(),
                ConvertedDataset.SHARED_DATA.resolve("timelinejs/website_examples_republican_timeline3.json"));

        assertTrue(window.start() <= day(2012, 1, 3) && window.end() >= day(2012, 3, 7), window.toString());
    }
}
