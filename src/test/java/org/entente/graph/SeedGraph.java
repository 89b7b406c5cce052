package org.entente.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.model.Dataset;
import org.testfx.api.FxRobot;

/** What the graph's tests share: the seed dataset, and the settled picture of a graph, saved as a PNG to look at. */
final class SeedGraph {
    private SeedGraph() {
    }

    static Dataset seed() throws IOException {
        return new DatasetLoader(LoadMode.STRICT).load(Path.of("data/dprk-china-russia-2025.json")).dataset().orElseThrow();
    }

    /** Runs every animation to its end, then takes the canvas as drawn and saves it to {@code png}. */
    static WritableImage render(FxRobot robot, ActorGraphView graph, Path png) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            ((GraphSkin) graph.getSkin()).settle();
            image[0] = robot.lookup(".graph-canvas").queryAs(Canvas.class).snapshot(null, null);
        });
        Files.createDirectories(png.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", png.toFile());
        return image[0];
    }
}
