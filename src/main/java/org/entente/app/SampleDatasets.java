package org.entente.app;

import java.util.List;

/** The datasets that ship inside the application, which File ▸ Open sample lists. */
final class SampleDatasets {
    /** A bundled dataset: the title the menu shows, and where it is on the class path. */
    record Sample(String title, String resource) {
    }

    static final List<Sample> ALL = List.of(
            new Sample("North Korea, China and Russia, 2025 (two news articles)", EntenteApp.BUNDLED_DATASET),
            new Sample("U.S. diplomatic travels and visits, 1866\u20132025 (Office of the Historian)",
                    "/org/entente/data/us-diplomatic-travels.json.gz"));

    private SampleDatasets() {
    }
}
