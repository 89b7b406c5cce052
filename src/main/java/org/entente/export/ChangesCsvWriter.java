package org.entente.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.network.PairIndex;
import org.entente.network.PeriodComparison;
import org.entente.time.DayFormat;

/**
 * Writes a comparison of two periods as CSV (as {@link CsvCells} writes it, UTF-8): one row per tie of
 * either period, the most changed first, with both actors' ids and names, how the tie changed, and its
 * count and mean tone in A and in B (empty when no event had a tone). The periods themselves are in the
 * first columns of every row, so that a row read alone still says what it compares.
 */
public final class ChangesCsvWriter {
    public static final List<String> HEADER = List.of("period_a_from", "period_a_to", "period_b_from", "period_b_to",
            "first_id", "first", "second_id", "second", "change", "count_a", "count_b", "tone_a", "tone_b");

    private ChangesCsvWriter() {
    }

    /** Writes every tie of the comparison, atomically; the actors are the dataset's the comparison was made on. */
    public static void write(PeriodComparison comparison, Dataset dataset, Path target) throws IOException {
        AtomicFile.write(target, out -> {
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            CsvCells cells = new CsvCells(text);
            cells.row(HEADER);
            PairIndex pairs = comparison.pairs();
            for (PeriodComparison.Tie tie : comparison.ties()) {
                cells.text(DayFormat.iso(comparison.a().start()));
                cells.text(DayFormat.iso(comparison.a().end() - 1));
                cells.text(DayFormat.iso(comparison.b().start()));
                cells.text(DayFormat.iso(comparison.b().end() - 1));
                actor(cells, dataset.actors().get(pairs.first(tie.pair())));
                actor(cells, dataset.actors().get(pairs.second(tie.pair())));
                cells.text(tie.change().name().toLowerCase(Locale.ROOT));
                cells.number(tie.countA());
                cells.number(tie.countB());
                cells.number(rounded(tie.toneA()));
                cells.number(rounded(tie.toneB()));
                cells.endRow();
            }
            text.flush();
        });
    }

    private static void actor(CsvCells cells, Actor actor) throws IOException {
        cells.text(actor.id());
        cells.text(actor.name());
    }

    /** A mean tone to three decimals: the tones are given to one or two, and more digits would only be noise. */
    private static double rounded(double tone) {
        return Double.isNaN(tone) ? tone : Math.round(tone * 1000) / 1000.0;
    }
}
