package org.entente.timeline;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.entente.state.ViewState;
import org.testfx.api.FxRobot;

/** A timeline alone on a stage, as the pixel tests draw it. */
final class TimelineStage {
    private TimelineStage() {
    }

    /** A 1200 × 520 stage holding a timeline of the state, sized to it whatever an earlier test left. */
    static TimelineView show(Stage stage, ViewState state) {
        TimelineView timeline = new TimelineView(state);
        stage.setScene(new Scene(timeline, 1200, 520));
        stage.sizeToScene();
        stage.show();
        return timeline;
    }

    /** Draws the timeline now and takes its canvas with the overlay above it (the cursor, the graph's band). */
    static WritableImage render(FxRobot robot, TimelineView timeline) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            ((TimelineSkin) timeline.getSkin()).paint();
            image[0] = robot.lookup(".timeline-surface").query().snapshot(null, null);
        });
        return image[0];
    }
}
