package org.entente.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.entente.index.IndexedDataset;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Period;
import org.entente.query.Comparison;
import org.entente.query.TimeWindow;
import org.entente.state.Selection;
import org.entente.state.ViewState;
import org.entente.strata.ColorMode;
import org.entente.strata.Strata;
import org.entente.time.Edtf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Draws real data headless and checks the pixels where things must appear. */
@ExtendWith(ApplicationExtension.class)
class TimelineRenderTest {
    private static final long DAY = 86_400_000L;
    private final ViewState state = new ViewState();
    private TimelineView timeline;

    @Start
    void start(Stage stage) {
        timeline = TimelineStage.show(stage, state);
    }

    private static long day(int y, int m, int d) {
        return java.time.LocalDate.of(y, m, d).toEpochDay() * DAY;
    }

    private WritableImage render(FxRobot robot, Path png) throws IOException {
        WritableImage image = TimelineStage.render(robot, timeline);
        Files.createDirectories(png.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png.toFile());
        return image;
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.08 && Math.abs(a.getGreen() - b.getGreen()) < 0.08
                && Math.abs(a.getBlue() - b.getBlue()) < 0.08;
    }

    @Test
    void theSeedDatasetShowsLiQiangsVisitAcrossOctoberNinthToEleventh(FxRobot robot) throws IOException {
        Dataset seed = new DatasetLoader(LoadMode.STRICT).load(Path.of("data/dprk-china-russia-2025.json"))
                .dataset().orElseThrow();
        long from = day(2025, 10, 1);
        long to = day(2025, 10, 21);
        robot.interact(() -> {
            state.show(IndexedDataset.of(seed));
            state.setWindow(new TimeWindow(from, to));
        });
        PixelReader pixels = render(robot, Path.of("target/screenshots/timeline-seed-october-2025.png")).getPixelReader();

        Strata strata = Strata.of(ColorMode.KIND, IndexedDataset.of(seed).stats(), seed.events());
        Color visit = timeline.palette().group(strata, strata.of(seed.event("ev-li-qiang-visit-2025").orElseThrow()));
        double width = robot.lookup(".timeline-canvas").queryAs(Canvas.class).getWidth();
        int x9 = (int) Math.ceil((double) (day(2025, 10, 9) - from) / (to - from) * width) + 2;
        int x12 = (int) Math.floor((double) (day(2025, 10, 12) - from) / (to - from) * width) - 2;
        int row = -1;
        for (int y = (int) TimelineFrame.AXIS_HEIGHT; y < 520 - TimelineFrame.OVERVIEW_HEIGHT && row < 0; y++) {
            int run = 0;
            for (int x = x9; x <= x12; x++) {
                run += near(pixels.getColor(x, y), visit) ? 1 : 0;
            }
            if (run >= (x12 - x9) * 0.9 && !near(pixels.getColor(x9 - 8, y), visit)
                    && !near(pixels.getColor(x12 + 8, y), visit)) {
                row = y;
            }
        }
        assertTrue(row > 0, "a bar in the visit's colour spans 9 to 11 October, starting no earlier and ending with the 11th");
    }

    @Test
    void tooManyEventsToDrawOneByOneAreDrawnAsClustersThatZoomInWhenClicked(FxRobot robot) throws Exception {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            events.add(TimelineViewTest.event("e" + i, java.time.LocalDate.of(2020, 1, 1).plusDays(i % 300).toString()));
        }
        Dataset crowded = new Dataset("Crowded", null, List.of(), List.of(), events, List.of(), Extras.NONE);
        robot.interact(() -> state.show(IndexedDataset.of(crowded)));
        render(robot, Path.of("target/screenshots/timeline-density.png"));

        HitMap hits = ((TimelineSkin) timeline.getSkin()).hits();
        assertTrue(hits.size() > 0 && hits.size() < 1000, "a bounded number of clusters: " + hits.size());
        for (int i = 0; i < hits.size(); i++) {
            assertFalse(hits.isEvent(i), "no event is drawn on its own");
        }
        Point2D cluster = robot.lookup(".timeline-canvas").queryAs(Canvas.class)
                .localToScreen(hits.centerX(0), hits.centerY(0));
        long before = state.getWindow().span();
        robot.clickOn(cluster);
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> state.getWindow().span() < before / 10);
        assertEquals(false, state.getWindow().span() >= before);
    }

    /** The number of events over a run of density columns stands on a plate, not on the columns' colours. */
    @Test
    void aRunsCountIsReadableOverItsColumns(FxRobot robot) throws IOException {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            events.add(TimelineViewTest.event("e" + i, i < 2_000 ? "2020-06-01" : "2020-06-02"));
        }
        PixelReader pixels = drawn(robot, events, new TimeWindow(day(2020, 6, 1), day(2020, 6, 3)),
                Path.of("target/screenshots/timeline-run-count.png"));
        Canvas canvas = robot.lookup(".timeline-canvas").queryAs(Canvas.class);
        // The first day's run, the left half of the lanes, is labelled 2,000 in its middle.
        double header = ((TimelineSkin) timeline.getSkin()).headerWidth();
        int centre = (int) (header + (canvas.getWidth() - header) / 4);
        int textRow = -1;
        for (int y = (int) TimelineFrame.AXIS_HEIGHT + 1; y < canvas.getHeight() && textRow < 0; y++) {
            for (int x = centre - 12; x <= centre + 12; x++) {
                if (Math.abs(pixels.getColor(x, y).getBrightness() - timeline.palette().text().getBrightness()) < 0.1) {
                    textRow = y + 3;
                    break;
                }
            }
        }
        assertTrue(textRow > 0, "the run's count is drawn");
        int plate = 0;
        for (int x = centre - 40; x <= centre + 40; x++) {
            double brightness = pixels.getColor(x, textRow).getBrightness();
            if (Math.abs(brightness - timeline.palette().background().getBrightness()) < 0.06) {
                plate++;
            }
        }
        assertTrue(plate > 10, "the count stands on a plate nearly as light as the background: " + plate + " pixels of it");
    }

    @Test
    void namedPeriodsShadeTheirSpanAndCarryTheirTitle(FxRobot robot) throws Exception {
        Dataset withEra = new Dataset("Eras", null, List.of(), List.of(),
                List.of(TimelineViewTest.event("e1", "2020-06-01")), List.of(),
                List.of(new Period("p1", "The long summer", Edtf.parse("2020-05/2020-08"), Extras.NONE)), Extras.NONE);
        long from = day(2020, 1, 1);
        long to = day(2021, 1, 1);
        robot.interact(() -> {
            state.show(IndexedDataset.of(withEra));
            state.setWindow(new TimeWindow(from, to));
        });
        PixelReader pixels = render(robot, Path.of("target/screenshots/timeline-period.png")).getPixelReader();
        Canvas canvas = robot.lookup(".timeline-canvas").queryAs(Canvas.class);
        double width = canvas.getWidth();
        int y = (int) (canvas.getHeight() - TimelineFrame.OVERVIEW_HEIGHT - 30);
        int inside = (int) ((double) (day(2020, 7, 15) - from) / (to - from) * width);
        int outside = (int) ((double) (day(2020, 11, 15) - from) / (to - from) * width);
        Color background = timeline.palette().background();
        Color shaded = pixels.getColor(inside, y);
        assertTrue(near(pixels.getColor(outside, y), background), "outside it, the lanes are plain");
        assertTrue(shaded.getBlue() - shaded.getGreen() > background.getBlue() - background.getGreen() + 0.03,
                "the period is shaded in its colour: " + shaded);
    }

    /**
     * An event near the right edge carries its label before it, whole, where the edge would cut it after
     * it; one with room after it keeps its label there.
     */
    @Test
    void aLabelTheRightEdgeWouldCutIsDrawnBeforeItsEvent(FxRobot robot) throws IOException {
        Event early = titled(TimelineViewTest.event("early", "2020-03-01"), "Talks in Geneva");
        Event late = titled(TimelineViewTest.event("late", "2020-12-22"), "Summit of the Shanghai Cooperation Organisation");
        PixelReader pixels = drawn(robot, List.of(early, late), new TimeWindow(day(2020, 1, 1), day(2021, 1, 1)),
                Path.of("target/screenshots/timeline-label-before.png"));
        Canvas canvas = robot.lookup(".timeline-canvas").queryAs(Canvas.class);
        Point2D lateMark = mark(canvas, "late");
        Point2D earlyMark = mark(canvas, "early");
        int width = (int) canvas.getWidth();
        assertTrue(width - lateMark.getX() < 60, "the late event is near the right edge: " + lateMark);

        assertTrue(textPixels(pixels, lateMark, (int) lateMark.getX() - 220, (int) lateMark.getX() - 10) > 40,
                "the late event's label is before it");
        assertEquals(0, textPixels(pixels, lateMark, (int) lateMark.getX() + 10, width), "and nothing of it after it");
        assertTrue(textPixels(pixels, earlyMark, (int) earlyMark.getX() + 10, (int) earlyMark.getX() + 120) > 40,
                "the early event's label stays after it");
        assertEquals(0, textPixels(pixels, earlyMark, (int) earlyMark.getX() - 120, (int) earlyMark.getX() - 10));
    }

    /** A title shorter than the least room a label is cut to ("Iowa") is drawn beside its event all the same. */
    @Test
    void aShortTitleIsDrawnBesideItsEvent(FxRobot robot) throws IOException {
        Event iowa = titled(TimelineViewTest.event("iowa", "2012-01-03"), "Iowa");
        Event hampshire = titled(TimelineViewTest.event("nh", "2012-01-10"), "New Hampshire");
        PixelReader pixels = drawn(robot, List.of(iowa, hampshire), new TimeWindow(day(2012, 1, 1), day(2012, 3, 1)),
                Path.of("target/screenshots/timeline-short-title.png"));
        Point2D mark = mark(robot.lookup(".timeline-canvas").queryAs(Canvas.class), "iowa");
        assertTrue(textPixels(pixels, mark, (int) mark.getX() + 10, (int) mark.getX() + 50) > 10, "Iowa is written after it");
    }

    /**
     * A few headlines with room for them all read whole, though one is longer than labels are cut at when
     * events crowd (TimelineJS's Republican run-up read "Gingrich refuses to get personal ...").
     */
    @Test
    void aFewHeadlinesWithRoomReadWhole(FxRobot robot) throws IOException {
        Event debate = titled(TimelineViewTest.event("debate", "2012-01-19"),
                "Gingrich refuses to get personal during South Carolina debate");
        Event florida = titled(TimelineViewTest.event("florida", "2012-01-31"), "Florida");
        PixelReader pixels = drawn(robot, List.of(debate, florida), new TimeWindow(day(2012, 1, 1), day(2012, 3, 1)),
                Path.of("target/screenshots/timeline-whole-headline.png"));
        Point2D mark = mark(robot.lookup(".timeline-canvas").queryAs(Canvas.class), "debate");
        assertTrue(textPixels(pixels, mark, (int) mark.getX() + 240, (int) mark.getX() + 300) > 40,
                "the headline runs on past the width labels are cut at among many events");
    }

    /** A bar across the view carries its title inside, past the width labels beside marks are cut at. */
    @Test
    void aBarAcrossTheViewCarriesItsLongTitleInside(FxRobot robot) throws IOException {
        Event troops = titled(TimelineViewTest.event("troops", "2019-06-01/2022-06-01"),
                "North Korea provides troops and munitions to Russia for its war against Ukraine");
        PixelReader pixels = drawn(robot, List.of(troops), new TimeWindow(day(2020, 1, 1), day(2021, 1, 1)),
                Path.of("target/screenshots/timeline-bar-title.png"));
        Point2D mark = mark(robot.lookup(".timeline-canvas").queryAs(Canvas.class), "troops");
        assertTrue(textPixels(pixels, mark, 260, 340) > 40, "the title runs on inside the bar past 220 px");
    }

    /** The events alone in a dataset, shown over {@code window}, drawn and saved to {@code png}. */
    private PixelReader drawn(FxRobot robot, List<Event> events, TimeWindow window, Path png) throws IOException {
        Dataset dataset = new Dataset("Drawn", null, List.of(), List.of(), events, List.of(), List.of(), Extras.NONE);
        robot.interact(() -> {
            state.show(IndexedDataset.of(dataset));
            state.setWindow(window);
        });
        robot.interact(() -> ((TimelineSkin) timeline.getSkin()).paint());
        return render(robot, png).getPixelReader();
    }

    /** Where the mark of event {@code id} is on the canvas. */
    private Point2D mark(Canvas canvas, String id) {
        return canvas.sceneToLocal(timeline.localToScene(timeline.locate(id).orElseThrow()));
    }

    private static Event titled(Event e, String title) {
        return new Event(e.id(), title, e.when(), e.kind(), e.summary(), e.location(), e.participants(), e.tone(),
                e.codes(), e.tags(), e.citations(), e.extras());
    }

    /** How many pixels of text colour the row of {@code mark} holds from x {@code from} to {@code to}. */
    private int textPixels(PixelReader pixels, Point2D mark, int from, int to) {
        Color text = timeline.palette().text();
        int found = 0;
        for (int x = Math.max(0, from); x < to; x++) {
            for (int y = (int) mark.getY() - 6; y <= (int) mark.getY() + 6; y++) {
                Color c = pixels.getColor(x, y);
                if (Math.abs(c.getBrightness() - text.getBrightness()) < 0.25) {
                    found++;
                }
            }
        }
        return found;
    }

    /** The seed's 2025 with the graph's band over {@code band}, drawn; the lanes are ungrouped, so the window spans the canvas. */
    private PixelReader seed2025WithGraphBand(FxRobot robot, TimeWindow band, Path png) throws IOException {
        Dataset seed = new DatasetLoader(LoadMode.STRICT).load(Path.of("data/dprk-china-russia-2025.json"))
                .dataset().orElseThrow();
        robot.interact(() -> {
            state.show(IndexedDataset.of(seed));
            state.setWindow(new TimeWindow(day(2025, 1, 1), day(2026, 1, 1)));
            state.setGraphWindow(band);
        });
        return render(robot, png).getPixelReader();
    }

    /** The colour low in the lanes' body, below the seed's events, on the 15th of a month of 2025: clear of the grid. */
    private Color midMonth(FxRobot robot, PixelReader pixels, int month) {
        Canvas canvas = robot.lookup(".timeline-canvas").queryAs(Canvas.class);
        long from = day(2025, 1, 1);
        double x = (double) (day(2025, month, 15) - from) / (day(2026, 1, 1) - from) * canvas.getWidth();
        return pixels.getColor((int) x, (int) (canvas.getHeight() - TimelineFrame.OVERVIEW_HEIGHT - 4));
    }

    private static boolean same(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.02 && Math.abs(a.getGreen() - b.getGreen()) < 0.02
                && Math.abs(a.getBlue() - b.getBlue()) < 0.02;
    }

    @Test
    void theGraphsBandTintsItsSpanAndNothingElse(FxRobot robot) throws IOException {
        PixelReader pixels = seed2025WithGraphBand(robot, new TimeWindow(day(2025, 6, 1), day(2025, 9, 1)),
                Path.of("target/screenshots/timeline-graph-band.png"));
        Color background = timeline.palette().background();

        Color inside = midMonth(robot, pixels, 7);
        assertFalse(same(inside, background), "mid-July is tinted: " + inside);
        assertTrue(inside.getGreen() > inside.getRed() + 0.03, "in the band's green: " + inside);
        assertTrue(same(midMonth(robot, pixels, 5), background), "mid-May is not");
        assertTrue(same(midMonth(robot, pixels, 9), background), "mid-September is not");
    }

    @Test
    void theGraphsBandSpanningTheWholeWindowOnlyEdgesIt(FxRobot robot) throws IOException {
        PixelReader pixels = seed2025WithGraphBand(robot, new TimeWindow(day(2025, 1, 1), day(2026, 1, 1)),
                Path.of("target/screenshots/timeline-graph-band-whole-window.png"));
        Color background = timeline.palette().background();

        for (int month = 1; month <= 12; month++) {
            assertTrue(same(midMonth(robot, pixels, month), background), "the body is not washed over, month " + month);
        }
        Canvas canvas = robot.lookup(".timeline-canvas").queryAs(Canvas.class);
        assertTrue(same(pixels.getColor(0, (int) (canvas.getHeight() / 2)), timeline.palette().graphWindow()),
                "its start is edged");
    }

    @Test
    void thePeriodsComparedAreBandsInTheirOwnColoursAndTheGraphsBandGivesWayToThem(FxRobot robot) throws IOException {
        seed2025WithGraphBand(robot, new TimeWindow(day(2025, 6, 1), day(2025, 9, 1)),
                Path.of("target/screenshots/timeline-graph-band.png"));
        robot.interact(() -> state.setComparison(new Comparison(new TimeWindow(day(2025, 2, 1), day(2025, 4, 1)),
                new TimeWindow(day(2025, 10, 1), day(2025, 12, 1)))));
        PixelReader pixels = render(robot, Path.of("target/screenshots/timeline-compare-bands.png")).getPixelReader();
        Color background = timeline.palette().background();

        Color inA = midMonth(robot, pixels, 3);
        Color inB = midMonth(robot, pixels, 11);
        assertTrue(inA.getBlue() > inA.getRed() + 0.03, "mid-March lies in A, tinted in A's blue: " + inA);
        assertTrue(inB.getRed() > inB.getBlue() + 0.03, "mid-November lies in B, tinted in B's red: " + inB);
        assertTrue(same(midMonth(robot, pixels, 7), background), "the graph shows A and B, so its own band is gone");
        assertTrue(same(midMonth(robot, pixels, 5), background), "mid-May is in neither");

        robot.interact(() -> state.setComparison(null));
        assertFalse(same(midMonth(robot, render(robot, Path.of("target/screenshots/timeline-compare-stopped.png"))
                .getPixelReader(), 7), background), "the graph's band is back once comparing stops");
    }

    @Test
    void aHoveredEventIsRingedInTheHoverColourEvenWhileAnotherEventIsSelected(FxRobot robot) throws IOException {
        robot.interact(() -> {
            state.show(IndexedDataset.of(TimelineViewTest.threeMeetings()));
            state.setWindow(new TimeWindow(day(2020, 1, 1), day(2021, 1, 1)));
            state.select(Selection.event("first"));
        });
        robot.interact(() -> ((TimelineSkin) timeline.getSkin()).paint());
        Point2D third = timeline.locate("third").orElseThrow();
        robot.moveTo(timeline.localToScreen(third));
        WaitForAsyncUtils.waitForFxEvents();
        PixelReader pixels = render(robot, Path.of("target/screenshots/timeline-hover-while-selected.png")).getPixelReader();

        Canvas canvas = robot.lookup(".timeline-canvas").queryAs(Canvas.class);
        Point2D hovered = canvas.sceneToLocal(timeline.localToScene(third));
        Point2D selected = canvas.sceneToLocal(timeline.localToScene(timeline.locate("first").orElseThrow()));
        // The ring's top edge, 2 px wide, runs 8 px above the centre of the event's hit box.
        Color hoverRing = pixels.getColor((int) hovered.getX(), (int) (hovered.getY() - 8));
        Color selectionRing = pixels.getColor((int) selected.getX(), (int) (selected.getY() - 8));
        assertTrue(near(selectionRing, timeline.palette().selection()), "the selected event: " + selectionRing);
        assertTrue(near(hoverRing, timeline.palette().mutedText()), "the hovered one: " + hoverRing);
    }
}
