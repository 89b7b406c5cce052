package org.entente.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EdgeRasterTest {
    private static final int RED = 0xFFFF0000;
    private static final int BLUE = 0xFF0000FF;

    @Test
    void aSolidLineIsInkedInItsColourAlongItsLengthAndNowhereElse() {
        int[] pixels = EdgeRaster.draw(picture(1, stroke(RED, 3, new float[0], 10, 20, 90, 20)));
        assertEquals(RED, pixel(pixels, 100, 50, 20));
        assertEquals(RED, pixel(pixels, 100, 85, 20));
        assertEquals(0, pixel(pixels, 100, 50, 30), "off the line the image stays clear, so the canvas shows through");
        assertEquals(0, pixel(pixels, 100, 95, 20), "the line ends where it ends, its round cap aside");
    }

    @Test
    void aDashedLineHasGaps() {
        int[] pixels = EdgeRaster.draw(picture(1, stroke(RED, 2, new float[] {6, 4}, 0, 10, 100, 10)));
        int inked = 0;
        for (int x = 0; x < 100; x++) {
            inked += pixel(pixels, 100, x, 10) != 0 ? 1 : 0;
        }
        assertTrue(inked > 40 && inked < 90, "about six pixels of ten are inked, round caps widening the dashes: " + inked);
    }

    @Test
    void laterStrokesLieOnTopSoTheHeaviestShow() {
        int[] pixels = EdgeRaster.draw(picture(1, stroke(RED, 4, new float[0], 50, 0, 50, 100),
                stroke(BLUE, 4, new float[0], 0, 50, 100, 50)));
        assertEquals(BLUE, pixel(pixels, 100, 50, 50));
    }

    @Test
    void onAScreenOfTwoDevicePixelsToAPixelTheImageIsTwiceAsLargeAndTheLineWhereItWas() {
        EdgePicture picture = picture(2, stroke(RED, 3, new float[0], 10, 20, 90, 20));
        int[] pixels = EdgeRaster.draw(picture);
        assertEquals(200, picture.pixelWidth());
        assertEquals(RED, pixel(pixels, 200, 100, 40));
        assertEquals(0, pixel(pixels, 200, 100, 20));
    }

    @Test
    void thePictureOfTheSameEdgesIsTheSameSoItIsNotRasterisedAgain() {
        EdgePicture.Stroke line = stroke(RED, 3, new float[0], 10, 20, 90, 20);
        assertTrue(picture(1, line).sameAs(picture(1, stroke(RED, 3, new float[0], 10, 20, 90, 20))));
        assertFalse(picture(1, line).sameAs(picture(1, stroke(RED, 3, new float[0], 10, 21, 90, 20))));
        assertFalse(picture(1, line).sameAs(picture(1, stroke(BLUE, 3, new float[0], 10, 20, 90, 20))));
        assertFalse(picture(1, line).sameAs(new EdgePicture(100, 100, 1, new GraphViewport(1, 0, 1), List.of(line))));
        assertFalse(picture(1, line).sameAs(null));
    }

    private static EdgePicture picture(double scale, EdgePicture.Stroke... strokes) {
        return new EdgePicture(100, 100, scale, GraphViewport.DEFAULT, List.of(strokes));
    }

    private static EdgePicture.Stroke stroke(int argb, float width, float[] dashes, float... line) {
        return new EdgePicture.Stroke(argb, width, dashes, line);
    }

    private static int pixel(int[] pixels, int width, int x, int y) {
        return pixels[y * width + x];
    }
}
