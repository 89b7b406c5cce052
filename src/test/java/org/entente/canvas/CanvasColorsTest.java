package org.entente.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A control's canvas colours come from the tokens: their light values on its own, a theme's once the scene has one. */
@ExtendWith(ApplicationExtension.class)
class CanvasColorsTest {
    private static final String DARK = CanvasColors.class.getResource("/org/entente/theme/dark.css").toExternalForm();

    private enum Name {
        NODE_OUTLINE
    }

    /** The smallest canvas control: two colours, and the token sheet as its own stylesheet, as the real ones import it. */
    static final class Swatch extends Region {
        enum Role {
            CANVAS,
            SELECTION
        }

        private static final CanvasColors<Swatch, Role> COLORS =
                new CanvasColors<>(Role.class, "-entente-", Region.getClassCssMetaData(), swatch -> swatch.colors);

        final CanvasColors.Values<Role> colors = COLORS.attach(this);

        @Override
        public String getUserAgentStylesheet() {
            return CanvasColors.class.getResource("/org/entente/theme/tokens.css").toExternalForm();
        }

        @Override
        public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
            return COLORS.getCssMetaData();
        }
    }

    private final Swatch swatch = new Swatch();
    private Scene scene;

    /**
     * Deep in a scene with no stylesheet of its own, as a control in someone else's window would be. The
     * stage is the one later test classes show their windows in; at the top left, not centred for this
     * small scene, their larger windows still fit on the headless screen.
     */
    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(new StackPane(swatch)), 200, 100);
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @Test
    void aColourIsSetByTheTokenNamedAfterIt() {
        assertEquals("-entente-graph-node-outline", CanvasColors.token("-entente-graph-", Name.NODE_OUTLINE));
    }

    @Test
    void onItsOwnAControlHasTheLightValues() {
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Color.web("#fbfbfc"), swatch.colors.get(Swatch.Role.CANVAS));
        assertEquals(Color.web("#1c7ed6"), swatch.colors.get(Swatch.Role.SELECTION));
    }

    @Test
    void aThemeOnTheSceneRedefinesTheTokensAndTheControlHearsOfIt(FxRobot robot) {
        Set<Object> changed = new HashSet<>();
        swatch.colors.properties().forEach(colour -> colour.addListener(changed::add));

        robot.interact(() -> scene.getStylesheets().add(DARK));

        assertEquals(Color.web("#1f2227"), swatch.colors.get(Swatch.Role.CANVAS));
        assertEquals(Color.web("#4dabf7"), swatch.colors.get(Swatch.Role.SELECTION), "a token defined by another token");
        assertEquals(2, changed.size(), "each colour tells its listeners, so a skin repaints");

        robot.interact(() -> scene.getStylesheets().remove(DARK));

        assertEquals(Color.web("#fbfbfc"), swatch.colors.get(Swatch.Role.CANVAS));
        assertEquals(Map.of(Swatch.Role.CANVAS, Color.web("#fbfbfc"), Swatch.Role.SELECTION, Color.web("#1c7ed6")),
                swatch.colors.snapshot());
    }
}
