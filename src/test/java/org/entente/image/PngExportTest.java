package org.entente.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PngExportTest {
    @TempDir
    Path dir;
    private final Region red = new Region();

    @Start
    void start(Stage stage) {
        red.setStyle("-fx-background-color: #ff0000;");
        stage.setScene(new Scene(red, 120, 80));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void theNodeIsWrittenAsAPngAndNothingElseIsLeftBehind(FxRobot robot) throws Exception {
        Path target = dir.resolve("view.png");
        Files.writeString(target, "an older file");
        List<CompletableFuture<Path>> saving = new ArrayList<>();
        robot.interact(() -> saving.add(PngExport.save(red, target)));
        Path written = saving.get(0).get(10, TimeUnit.SECONDS);
        BufferedImage image = ImageIO.read(written.toFile());

        assertEquals(120, image.getWidth());
        assertEquals(0xffff0000, image.getRGB(60, 40));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file remains");
        }
        assertTrue(written.equals(target), "the older file was replaced");
    }

    @Test
    void aFailedWriteIsReportedInAnErrorDialogAndNotAsSaved(FxRobot robot) throws Exception {
        Path target = Files.createDirectories(dir.resolve("view.png"));
        Files.writeString(target.resolve("inside"), "a folder in the way cannot be replaced by a file");
        List<Path> saved = new ArrayList<>();
        robot.interact(() -> PngExport.saveAndReport(red, target, saved::add));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane));
        DialogPane dialog = robot.listWindows().stream()
                .map(w -> w.getScene().getRoot())
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast).findFirst().orElseThrow();
        assertTrue(dialog.getContentText().startsWith("Could not write " + target), dialog.getContentText());
        assertTrue(saved.isEmpty(), "a failed write is not reported as saved");
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }
}
