package org.entente.detail;

import java.io.File;
import java.io.IOException;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import org.entente.export.ChangesCsvWriter;
import org.entente.model.Dataset;
import org.entente.network.PeriodComparison;
import org.entente.time.DayFormat;
import org.entente.work.Workers;

/** Saves every tie of a comparison as CSV, for a spreadsheet or a script; the file is written in the background. */
final class ChangesExport {
    private ChangesExport() {
    }

    /** A link that asks where to save the changes, and a line under it that says where they went. */
    static Hyperlink link(PeriodComparison compared, Dataset dataset, Label said) {
        Hyperlink link = Blocks.styled(new Hyperlink("Save all changes as CSV\u2026"), "save-changes");
        link.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save the changes as CSV");
            chooser.setInitialFileName("changes-" + DayFormat.iso(compared.a().start()) + "-"
                    + DayFormat.iso(compared.b().start()) + ".csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files (*.csv)", "*.csv"));
            File file = chooser.showSaveDialog(link.getScene().getWindow());
            if (file != null) {
                write(compared, dataset, file, said);
            }
        });
        return link;
    }

    /** Writes in the background; a failed write is reported, never silent. */
    private static void write(PeriodComparison compared, Dataset dataset, File file, Label said) {
        Workers.single("entente-export").execute(() -> {
            try {
                ChangesCsvWriter.write(compared, dataset, file.toPath());
                Platform.runLater(() -> said.setText(String.format(Locale.ROOT, "%,d ties saved to %s",
                        compared.ties().size(), file)));
            } catch (IOException e) {
                Platform.runLater(() -> {
                    Alert alert = new Alert(Alert.AlertType.ERROR, "Could not write " + file + ": " + e.getMessage());
                    alert.initOwner(said.getScene() == null ? null : said.getScene().getWindow());
                    alert.setHeaderText("Saving the changes failed");
                    alert.show();
                });
            }
        });
    }
}
