package org.entente.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** The settled picture of a graph, as the graph's pixel tests take it, saved as a PNG to look at. */
final class GraphPicture {
    private GraphPicture() {
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
