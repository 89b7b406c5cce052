package org.entente.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.entente.eventlist.EventList;
import org.entente.geo.EqualEarth;
import org.entente.index.IndexedDataset;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Location;
import org.entente.model.Participant;
import org.entente.places.MapFrame;
import org.entente.network.GraphTimeMode;
import org.entente.places.MapShading;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.seed.Seed;
import org.entente.state.Selection;
import org.entente.state.ViewState;
import org.entente.strata.ColorMode;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The map as a user meets it: where it draws events, and what a click on a point, a bin or a country does. */
@ExtendWith(ApplicationExtension.class)
class MapViewTest {
    private static final long DAY = 86_400_000L;
    private static final double[] NAIROBI = {36.8172, -1.2864};
    private static final double[] BEIJING = {116.4074, 39.9042};
    private static final double[] PYONGYANG = {125.7625, 39.0392};

    private final ViewState state = new ViewState();
    private MapView map;

    @Start
    void start(Stage stage) {
        map = new MapView(state);
        stage.setScene(new Scene(map, 1000, 640));
        stage.show();
    }

    /** Two organisations, one in Kenya and one in Tanzania: a meeting in Nairobi, and a statement placed only in Tanzania. */
    private static Dataset eastAfrica() throws EdtfException {
        Actor kenyan = new Actor("ngo-ke", "Kenyan NGO", ActorKind.ORGANIZATION, List.of(), "KEN", null, List.of(), Extras.NONE);
        Actor tanzanian = new Actor("ngo-tz", "Tanzanian NGO", ActorKind.ORGANIZATION, List.of(), "TZA", null, List.of(),
                Extras.NONE);
        Event meeting = new Event("meeting", "Meeting in Nairobi", Edtf.parse("2020-01-10"), "meeting", null,
                new Location("Nairobi", "KEN", NAIROBI[1], NAIROBI[0]),
                List.of(new Participant("ngo-tz", "visitor"), new Participant("ngo-ke", "host")), Double.NaN, List.of(),
                List.of(), List.of(), Extras.NONE);
        Event statement = new Event("statement", "Statement in Tanzania", Edtf.parse("2020-01-11"), "statement", null,
                new Location("Tanzania", "TZA", Double.NaN, Double.NaN), List.of(new Participant("ngo-tz", "author")),
                Double.NaN, List.of(), List.of(), List.of(), Extras.NONE);
        return new Dataset("East Africa", null, List.of(), List.of(kenyan, tanzanian), List.of(meeting, statement), List.of(),
                Extras.NONE);
    }

    private void show(FxRobot robot, Dataset dataset, TimeWindow window) {
        robot.interact(() -> {
            state.show(IndexedDataset.of(dataset));
            state.setGraphTimeMode(GraphTimeMode.VISIBLE_RANGE);
            state.setWindow(window);
        });
        settle(robot);
    }

    private void settle(FxRobot robot) {
        WaitForAsyncUtils.sleep(60, TimeUnit.MILLISECONDS);
        robot.interact(() -> skin().settle());
    }

    private MapSkin skin() {
        return (MapSkin) map.getSkin();
    }

    private static long day(int year, int month, int day) {
        return LocalDate.of(year, month, day).toEpochDay() * DAY;
    }

    /** Zooms on a place with the keyboard: the map centred there, then {@code +} pressed {@code times}. */
    private void zoomOn(FxRobot robot, double[] lonLat, int times) {
        Point2D at = onCanvas(lonLat);
        robot.interact(() -> skin().panBy(skin().canvas().getWidth() / 2 - at.getX(), skin().canvas().getHeight() / 2 - at.getY()));
        for (int i = 0; i < times; i++) {
            Point2D now = onCanvas(lonLat);
            robot.interact(() -> skin().zoomAt(2, now.getX(), now.getY()));
        }
        settle(robot);
    }

    /** Where a longitude and latitude are drawn, in the canvases' coordinates. */
    private Point2D onCanvas(double[] lonLat) {
        return skin().canvas().sceneToLocal(map.localToScene(map.locate(lonLat[0], lonLat[1]).orElseThrow()));
    }

    private WritableImage picture(FxRobot robot, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = robot.lookup(".map-surface").query().snapshot(null, null));
        Path png = Path.of("target/test-pictures/map-" + name + ".png");
        Files.createDirectories(png.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", png.toFile());
        return image[0];
    }

    /** The colour of the canvas where a longitude and latitude are drawn. */
    private Color colourAt(WritableImage image, double[] lonLat) {
        return colourAt(image, lonLat, 0);
    }

    /** The colour {@code dx} pixels right of where a longitude and latitude are drawn, clear of a bin's count. */
    private Color colourAt(WritableImage image, double[] lonLat, double dx) {
        Point2D onCanvas = onCanvas(lonLat);
        return image.getPixelReader().getColor((int) Math.round(onCanvas.getX() + dx), (int) Math.round(onCanvas.getY()));
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.06 && Math.abs(a.getGreen() - b.getGreen()) < 0.06
                && Math.abs(a.getBlue() - b.getBlue()) < 0.06;
    }

    private void clickAt(FxRobot robot, double[] lonLat) {
        Point2D at = map.localToScreen(map.locate(lonLat[0], lonLat[1]).orElseThrow());
        robot.moveTo(at).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anEventIsDrawnWhereItsCoordinatesAre(FxRobot robot) throws Exception {
        show(robot, eastAfrica(), new TimeWindow(day(2020, 1, 1), day(2020, 2, 1)));
        zoomOn(robot, NAIROBI, 3);
        WritableImage image = picture(robot, "nairobi");
        MapPicture drawn = skin().picture();
        Color meeting = drawn.palette().group(drawn.strata(), drawn.strata().of(eastAfrica().events().get(0)));
        assertTrue(near(meeting, colourAt(image, NAIROBI)), "the meeting's dot is at Nairobi: " + colourAt(image, NAIROBI));
        double[] west = {NAIROBI[0] - 1.5, NAIROBI[1]};
        assertFalse(near(meeting, colourAt(image, west)), "and not a degree and a half west of it");
    }

    /**
     * A scrub step fills again only the countries whose shade changed, over the land as it stands; the
     * picture must be the one a full drawing gives.
     */
    @Test
    void aCountryReshadedAloneLooksAsIfTheWholeMapWereDrawn(FxRobot robot) throws Exception {
        show(robot, eastAfrica(), new TimeWindow(day(2020, 1, 1), day(2020, 2, 1)));
        zoomOn(robot, NAIROBI, 2);
        double[] northernKenya = {38, 2.5};
        Color shaded = colourAt(picture(robot, "reshaded-before"), northernKenya);
        robot.interact(() -> state.setWindow(new TimeWindow(day(2020, 1, 11), day(2020, 2, 1))));
        settle(robot);
        WritableImage step = picture(robot, "reshaded-step");
        assertTrue(near(skin().picture().palette().get(MapPalette.Role.LAND), colourAt(step, northernKenya)),
                "the meeting has left, and Kenya is plain land again: " + colourAt(step, northernKenya));
        assertFalse(near(shaded, colourAt(step, northernKenya)), "it was shaded before");
        robot.interact(() -> map.setShading(MapShading.NONE));
        settle(robot);
        robot.interact(() -> map.setShading(MapShading.EVENTS));
        settle(robot);
        WritableImage whole = picture(robot, "reshaded-whole");
        int differing = 0;
        for (int y = 0; y < whole.getHeight(); y++) {
            for (int x = 0; x < whole.getWidth(); x++) {
                if (!near(step.getPixelReader().getColor(x, y), whole.getPixelReader().getColor(x, y))) {
                    differing++;
                }
            }
        }
        // Drawn alone, Kenya's fill laps over the antialiased edge of its neighbour's: a line of pixels along
        // their border (some 70 here) differs, nothing else.
        assertTrue(differing < 150, differing + " pixels differ from the whole map drawn afresh");
    }

    /** A wheel notch answers at once by scaling the land drawn last; once the view rests, the land is drawn afresh. */
    @Test
    void whileTheViewMovesTheLandFollowsAndIsDrawnAfreshOnceItRests(FxRobot robot) throws Exception {
        show(robot, eastAfrica(), new TimeWindow(day(2020, 1, 1), day(2020, 2, 1)));
        zoomOn(robot, NAIROBI, 2);
        double[] moved = new double[2];
        robot.interact(() -> {
            skin().zoomAt(2, 300, 200);
            skin().frameNow();
            moved[0] = skin().landMove().getMxx();
            moved[1] = skin().landMove().getTx();
        });
        assertEquals(2, moved[0], 1e-9, "the land drawn last, scaled twice as large");
        assertEquals(300 * (1 - 2), moved[1], 1e-6, "about the pointer");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> skin().landMove().isIdentity());
        WritableImage image = picture(robot, "nairobi-after-zoom");
        MapPicture drawn = skin().picture();
        Color meeting = drawn.palette().group(drawn.strata(), drawn.strata().of(eastAfrica().events().get(0)));
        assertTrue(near(meeting, colourAt(image, NAIROBI)), "and the meeting is still at Nairobi");
    }

    @Test
    void anEventOutsideTheGraphsTimeIsNotDrawn(FxRobot robot) throws Exception {
        show(robot, eastAfrica(), new TimeWindow(day(2020, 2, 1), day(2020, 3, 1)));
        zoomOn(robot, NAIROBI, 3);
        WritableImage image = picture(robot, "nairobi-later");
        assertTrue(near(skin().picture().palette().get(MapPalette.Role.LAND), colourAt(image, NAIROBI))
                        || near(skin().picture().palette().get(MapPalette.Role.BORDER), colourAt(image, NAIROBI)),
                "a month later Nairobi is plain land: " + colourAt(image, NAIROBI));
    }

    @Test
    void clickingAPointSelectsItsEvent(FxRobot robot) throws Exception {
        show(robot, eastAfrica(), new TimeWindow(day(2020, 1, 1), day(2020, 2, 1)));
        zoomOn(robot, NAIROBI, 2);
        clickAt(robot, NAIROBI);
        assertEquals(new Selection.OfEvent("meeting"), state.getSelection());
    }

    @Test
    void theSelectionIsDrawnInItsColourOverTheMarks(FxRobot robot) throws Exception {
        show(robot, eastAfrica(), new TimeWindow(day(2020, 1, 1), day(2020, 2, 1)));
        zoomOn(robot, NAIROBI, 3);
        robot.interact(() -> state.select(new Selection.OfActor("ngo-ke")));
        settle(robot);
        WritableImage image = picture(robot, "nairobi-selected");
        assertTrue(near(skin().picture().palette().get(MapPalette.Role.SELECTION), colourAt(image, NAIROBI)),
                "the Kenyan NGO's meeting is drawn in the selection's colour");
        assertEquals(1, skin().picture().frame().selectedBins().size());
        assertEquals(1, skin().picture().frame().flows().stream().filter(f -> f.selected() > 0).count(),
                "and its flow, Tanzania to Kenya, is the selection's");
    }

    @Test
    void aVisitIsAFlowFromTheVisitorsCountryToTheHosts(FxRobot robot) throws Exception {
        show(robot, eastAfrica(), new TimeWindow(day(2020, 1, 1), day(2020, 2, 1)));
        MapFrame frame = skin().picture().frame();
        assertEquals(1, frame.flows().size());
        assertTrue(frame.flows().get(0).directed());
        assertEquals("TZA", dataCode(frame.flows().get(0).from()));
        assertEquals("KEN", dataCode(frame.flows().get(0).to()));
        assertEquals(1, frame.markers().size(), "the statement is placed only in Tanzania: a country-level count");
    }

    /**
     * The shades run from no events to the most, on a log scale: the ramp's low end is a single event, not the
     * least any country has (the Office of the Historian's visits, all in one country, read "573 … 573").
     */
    @Test
    void theLegendsScaleRunsFromOneEventToTheMost(FxRobot robot) throws Exception {
        Dataset east = eastAfrica();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (Event e : east.events()) {
                events.add(new Event(e.id() + i, e.title(), e.when(), e.kind(), e.summary(), e.location(), e.participants(),
                        e.tone(), e.codes(), e.tags(), e.citations(), e.extras()));
            }
        }
        show(robot, new Dataset("Thrice", null, List.of(), east.actors(), events, List.of(), Extras.NONE),
                new TimeWindow(day(2020, 1, 1), day(2020, 2, 1)));
        List<String> scale = robot.lookup(".map-legend-scale").queryAllAs(Label.class).stream().filter(Label::isVisible)
                .map(Label::getText).toList();
        assertEquals(List.of("1", "3"), scale.subList(0, 2), "each country has three events: " + scale);
    }

    /** The country visitors came from is named at the start of their arcs, with how many events they carry. */
    @Test
    void aCountryVisitorsCameFromIsNamedWhereTheirArcsStart(FxRobot robot) throws Exception {
        Actor ugandan = new Actor("ngo-ug", "Ugandan NGO", ActorKind.ORGANIZATION, List.of(), "UGA", null, List.of(),
                Extras.NONE);
        Actor kenyan = eastAfrica().actors().get(0);
        List<Event> visits = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            visits.add(new Event("visit" + i, "Visit to Nairobi", Edtf.parse("2020-01-1" + i), "meeting", null,
                    new Location("Nairobi", "KEN", NAIROBI[1], NAIROBI[0]),
                    List.of(new Participant("ngo-ug", "visitor"), new Participant("ngo-ke", "host")), Double.NaN, List.of(),
                    List.of(), List.of(), Extras.NONE));
        }
        show(robot, new Dataset("Visits", null, List.of(), List.of(kenyan, ugandan), visits, List.of(), Extras.NONE),
                new TimeWindow(day(2020, 1, 1), day(2020, 2, 1)));
        List<String> labels = skin().picture().labels().stream().map(MapLabel::text).toList();
        assertEquals(List.of("Kenya 2", "Uganda \u2192 2"), labels);
        robot.interact(() -> map.setShowFlows(false));
        settle(robot);
        assertEquals(List.of("Kenya 2"), skin().picture().labels().stream().map(MapLabel::text).toList(),
                "without the arcs, nothing starts there");
    }

    private String dataCode(int country) {
        return skin().data().countries().code(country);
    }

    @Test
    void clickingACountryWithoutAStateOffersToFilterByIt(FxRobot robot) throws Exception {
        show(robot, eastAfrica(), new TimeWindow(day(2020, 1, 1), day(2020, 2, 1)));
        zoomOn(robot, NAIROBI, 2);
        double[] southernTanzania = {37.5, -10.2};
        clickAt(robot, southernTanzania);
        assertTrue(skin().countryMenu().isShowing(), "a menu offers what to do with Tanzania");
        MenuItem filter = skin().countryMenu().getItems().get(0);
        assertEquals("Filter by Tanzania", filter.getText());
        robot.interact(filter::fire);
        assertEquals(Set.of("TZA"), state.getFilter().countries());
    }

    @Test
    void clickingAStateSelectsIt(FxRobot robot) throws Exception {
        show(robot, Seed.load(), new TimeWindow(day(2025, 9, 1), day(2025, 11, 1)));
        double[] tibet = {88, 33};
        clickAt(robot, tibet);
        assertEquals(new Selection.OfActor("chn"), state.getSelection());
    }

    @Test
    void theSeedsParadeIsInBeijingAndTheVisitInPyongyang(FxRobot robot) throws Exception {
        show(robot, Seed.load(), new TimeWindow(day(2025, 9, 1), day(2025, 11, 1)));
        zoomOn(robot, BEIJING, 3);
        WritableImage image = picture(robot, "seed-korea");
        MapPicture drawn = skin().picture();
        var bins = drawn.frame().bins();
        Dataset seed = state.getDataset().dataset();
        int parade = seed.eventPosition("ev-beijing-parade-2025");
        int visit = seed.eventPosition("ev-li-qiang-visit-2025");
        assertTrue(bins.stream().anyMatch(b -> near(b, BEIJING) && holds(b, parade)), "a bin at Beijing holds the parade");
        assertTrue(bins.stream().anyMatch(b -> near(b, PYONGYANG) && holds(b, visit)),
                "a bin at Pyongyang holds Li Qiang's visit");
        Color paradeColour = drawn.palette().group(drawn.strata(), drawn.strata().of(seed.events().get(parade)));
        assertTrue(near(paradeColour, colourAt(image, BEIJING, -5)) || near(paradeColour, colourAt(image, BEIJING, 5)),
                "the parade's colour is drawn in the disc at Beijing");
    }

    private static boolean near(MapFrame.Bin bin, double[] lonLat) {
        return Math.abs(bin.x() - EqualEarth.x(lonLat[0], lonLat[1])) < 1e-3
                && Math.abs(bin.y() - EqualEarth.y(lonLat[1])) < 1e-3;
    }

    private boolean holds(MapFrame.Bin bin, int event) {
        int[] events = skin().data().window().eventsIn(skin().picture().frame().level(), bin.cells(), 100).toArray();
        return events.length == bin.count() && contains(events, event);
    }

    private static boolean contains(int[] values, int wanted) {
        for (int value : values) {
            if (value == wanted) {
                return true;
            }
        }
        return false;
    }

    @Test
    void clickingABinListsItsEvents(FxRobot robot) throws Exception {
        show(robot, Seed.load(), new TimeWindow(day(2025, 9, 1), day(2025, 11, 1)));
        zoomOn(robot, BEIJING, 3);
        clickAt(robot, BEIJING);
        EventList list = robot.lookup(".event-list-popup").queryAs(EventList.class);
        assertEquals(3, list.getPositions().length, "the parade, Kim's visit and the pledge, all in Beijing");
    }

    @Test
    void keysZoomAndShowTheWorldAgain(FxRobot robot) throws Exception {
        show(robot, Seed.load(), new TimeWindow(day(2025, 9, 1), day(2025, 11, 1)));
        double before = distance();
        robot.clickOn(map.localToScreen(map.locate(-150, -60).orElseThrow())).type(KeyCode.EQUALS);
        settle(robot);
        double zoomed = distance();
        assertEquals(2, zoomed / before, 0.05, "+ doubles the scale");
        robot.type(KeyCode.DIGIT0);
        settle(robot);
        assertEquals(before, distance(), before * 0.02, "0 shows the whole world again");
    }

    /** Beijing to Pyongyang on screen, in pixels: the scale of the map. */
    private double distance() {
        return map.locate(BEIJING[0], BEIJING[1]).orElseThrow().distance(map.locate(PYONGYANG[0], PYONGYANG[1]).orElseThrow());
    }

    @Test
    void colouringByToneRegroupsTheEventsAndKeepsTheirPlaces(FxRobot robot) throws Exception {
        show(robot, eastAfrica(), new TimeWindow(day(2020, 1, 1), day(2020, 2, 1)));
        var places = skin().data().window().places();
        robot.interact(() -> state.setColorMode(ColorMode.TONE));
        settle(robot);
        assertEquals(ColorMode.TONE, skin().picture().strata().mode(), "the bins are grouped by tone band");
        assertTrue(places == skin().data().window().places(), "where the events are was not worked out again");
        assertEquals(1, skin().picture().frame().bins().size());
    }

    @Test
    void aFilterHidesWhatItLeavesOut(FxRobot robot) throws Exception {
        show(robot, eastAfrica(), new TimeWindow(day(2020, 1, 1), day(2020, 2, 1)));
        assertEquals(1, skin().picture().frame().bins().size());
        robot.interact(() -> state.setFilter(Filter.NONE.withEventKinds(Set.of("statement"))));
        settle(robot);
        assertTrue(skin().picture().frame().bins().isEmpty(), "only the statement passes, and it has no point");
        assertEquals(1, skin().picture().markers().size());
    }
}
