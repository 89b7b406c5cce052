package org.entente.convert;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The formats Entente imports, by the names the command line and the Import menu use. */
public enum ImportFormat {
    GDELT("gdelt", "GDELT 2.0 Events export", "*.CSV", "*.csv", "*.zip", "*.tsv", "*.txt"),
    ICEWS("icews", "ICEWS coded event data", "*.tab", "*.tsv", "*.txt", "*.csv"),
    TIMELINEJS("timelinejs", "TimelineJS3 JSON", "*.json"),
    ACLED("acled", "ACLED CSV export", "*.csv", "*.CSV", "*.txt"),
    PLOVER("plover", "PLOVER JSON or JSON Lines", "*.json", "*.jsonl", "*.ndjson", "*.txt"),
    HISTORIAN("historian", "Office of the Historian travels and visits XML", "*.xml");

    private final String id;
    private final String title;
    private final String[] patterns;

    ImportFormat(String id, String title, String... patterns) {
        this.id = id;
        this.title = title;
        this.patterns = patterns;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** File name patterns for a file chooser. */
    public String[] patterns() {
        return patterns.clone();
    }

    public Importer importer() {
        Supplier<Importer> make = switch (this) {
            case GDELT -> GdeltImporter::new;
            case ICEWS -> IcewsImporter::new;
            case TIMELINEJS -> TimelineJsImporter::new;
            case ACLED -> AcledImporter::new;
            case PLOVER -> PloverImporter::new;
            case HISTORIAN -> HistorianImporter::new;
        };
        return make.get();
    }

    public static Optional<ImportFormat> byId(String id) {
        for (ImportFormat format : values()) {
            if (format.id.equals(id == null ? null : id.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
