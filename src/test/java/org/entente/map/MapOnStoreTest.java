package org.entente.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.entente.generate.GeneratedDatasets;
import org.entente.generate.GeneratorOptions;
import org.entente.network.GraphSpan;
import org.entente.network.GraphTimeMode;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.state.StoreLens;
import org.entente.state.ViewState;
import org.entente.store.CountryRow;
import org.entente.store.EventStore;
import org.entente.store.MemoryStore;
import org.entente.store.Records;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The map of a store whose records do not cover the map's time, as a user meets it: the countries shaded
 * by the store's counts, a note saying so, the shading following the time, and a country's tooltip and
 * click. The store holds four thousand generated events and the lens fetches a hundred at most, so that
 * the whole store, or two years of it, hold too many.
 */
@ExtendWith(ApplicationExtension.class)
class MapOnStoreTest {
    private static final int LIMIT = 100;
    private static final long DAY = 86_400_000L;
    private static MemoryStore store;
    /** Holds back the store's answers about countries while closed, as a store busy with a long query does. */
    private static volatile CountDownLatch gate = new CountDownLatch(0);
    /** The store as the map asks it: the one in memory, behind the gate. */
    private static EventStore shown;

    private final ViewState state = new ViewState();
    private MapView map;

    @BeforeAll
    static void generate() throws IOException {
        store = new MemoryStore(GeneratedDatasets.inMemory(new GeneratorOptions(4_000, 150, 11)));
        shown = (EventStore) Proxy.newProxyInstance(EventStore.class.getClassLoader(), new Class<?>[] {EventStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("countries")) {
                        gate.await(10, TimeUnit.SECONDS);
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Start
    void start(Stage stage) {
        new StoreLens(state, Runnable::run, Runnable::run, LIMIT);
        map = new MapView(state);
        stage.setScene(new Scene(map, 1000, 640));
        stage.show();
    }

    /** Shows the store on all its time, which the map shows too. */
    private void showStore(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            Records head = store.records(new TimeWindow(store.extent().minStart(), store.extent().maxEnd()), 0);
            state.show(shown, head.dataset());
            state.setGraphTimeMode(GraphTimeMode.VISIBLE_RANGE);
        });
        awaitCounts(robot);
    }

    /** Waits for the note to say that the shades are this time's counts, then draws the frame they give. */
    private void awaitCounts(FxRobot robot) throws TimeoutException {
        String events = String.format(Locale.ROOT, "%,d events", store.count(state.getFilter(), state.getGraphWindow()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> note(robot).contains("of this time's " + events));
        robot.interact(() -> skin().settle());
    }

    private MapSkin skin() {
        return (MapSkin) map.getSkin();
    }

    private static String note(FxRobot robot) {
        Label note = robot.lookup(".map-note").queryAs(Label.class);
        return note.isVisible() ? note.getText() : "";
    }

    private WritableImage picture(FxRobot robot, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = robot.lookup(".map-surface").query().snapshot(null, null));
        Path png = Path.of("target/test-pictures/map-store-" + name + ".png");
        Files.createDirectories(png.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", png.toFile());
        return image[0];
    }

    /** Where a country's anchor is drawn, in the canvases' coordinates, a little above it, clear of its name. */
    private Point2D inCountry(String code) {
        Point2D anchor = map.locateCountry(code).orElseThrow();
        return skin().canvas().sceneToLocal(map.localToScene(anchor.getX(), anchor.getY() - 3));
    }

    private Color colourOf(WritableImage image, String code) {
        Point2D at = inCountry(code);
        return image.getPixelReader().getColor((int) Math.round(at.getX()), (int) Math.round(at.getY()));
    }

    /** The shade the map gives a country of {@code events} when the busiest of the time has {@code most}. */
    private Color shadeOf(int events, int most) {
        return skin().picture().palette().shade(Math.log1p(events) / Math.log1p(most));
    }

    private Color land() {
        return skin().picture().palette().get(MapPalette.Role.LAND);
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.03 && Math.abs(a.getGreen() - b.getGreen()) < 0.03
                && Math.abs(a.getBlue() - b.getBlue()) < 0.03;
    }

    @Test
    void whileTheStoreCountsTheNewTimeTheMapKeepsItsPictureAndSaysFinerDataIsComing(FxRobot robot) throws Exception {
        showStore(robot);
        Color before = colourOf(picture(robot, "before"), "CAN");
        gate = new CountDownLatch(1);
        try {
            robot.interact(() -> {
                state.setGraphTimeMode(GraphTimeMode.AROUND_CURSOR);
                state.setGraphSpan(GraphSpan.YEAR);
                state.setCursor(LocalDate.of(2018, 7, 1).toEpochDay() * DAY);
            });
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
            robot.interact(() -> skin().settle());
            assertTrue(note(robot).startsWith("Countries shaded by the store's counts of the time shown before"), note(robot));
            assertTrue(note(robot).endsWith("finer data coming\u2026"), note(robot));
            assertTrue(near(before, colourOf(picture(robot, "awaiting"), "CAN")), "Canada keeps its shade meanwhile");
        } finally {
            gate.countDown();
        }
        awaitCounts(robot);
        List<CountryRow> rows = store.countries(Filter.NONE, state.getGraphWindow());
        Color after = colourOf(picture(robot, "answered"), "CAN");
        assertTrue(near(shadeOf(eventsOf(rows, "CAN"), rows.get(0).events()), after), "then the new time's: " + after);
        assertFalse(near(before, after), "which differs");
    }

    @Test
    void whenTheRecordsHeldAreOfTheTimelinesWindowTheNoteSaysWhereTheEventsAre(FxRobot robot) throws Exception {
        showStore(robot);
        long week = LocalDate.of(2010, 6, 7).toEpochDay() * DAY;
        robot.interact(() -> {
            state.setWindow(new TimeWindow(week, week + 7 * DAY));
            state.setGraphTimeMode(GraphTimeMode.AROUND_CURSOR);
            state.setGraphSpan(GraphSpan.WEEK);
            state.setCursor(week + 400 * DAY);
        });
        assertTrue(state.holdsRecordsOf(state.getWindow()), "the week's events are held");
        assertFalse(state.holdsRecordsOf(state.getGraphWindow()), "and the map's time lies a year later");
        awaitCounts(robot);
        assertTrue(note(robot).endsWith("events are fetched one by one for the timeline's window: move the cursor into it"),
                note(robot));
    }

    private static int eventsOf(List<CountryRow> rows, String code) {
        return rows.stream().filter(row -> row.code().equals(code)).mapToInt(CountryRow::events).sum();
    }

    @Test
    void theCountriesAreShadedByTheStoresCountsWhenItsRecordsDoNotCoverTheTime(FxRobot robot) throws Exception {
        showStore(robot);
        TimeWindow time = state.getGraphWindow();
        assertTrue(StoreLens.notice(state, time) != null, "the store's records do not cover its whole time");
        List<CountryRow> rows = store.countries(Filter.NONE, time);
        int canada = eventsOf(rows, "CAN");
        assertTrue(canada > 0 && eventsOf(rows, "BRA") == 0, "Canada has events, Brazil none");
        WritableImage image = picture(robot, "all");
        Color expected = shadeOf(canada, rows.get(0).events());
        assertTrue(near(expected, colourOf(image, "CAN")), "Canada in its shade: " + colourOf(image, "CAN") + ", not " + expected);
        assertFalse(near(land(), expected), "which is not the land's");
        assertTrue(near(land(), colourOf(image, "BRA")), "Brazil is plain land: " + colourOf(image, "BRA"));
        assertTrue(note(robot).startsWith("Countries shaded by the store's counts of this time's "
                + String.format(Locale.ROOT, "%,d", store.count(Filter.NONE, time)) + " events"), note(robot));
        assertTrue(note(robot).contains("zoom in to see events one by one"), note(robot));
        assertTrue(skin().picture().frame().bins().isEmpty() && skin().picture().markers().isEmpty()
                && skin().picture().frame().flows().isEmpty(), "no places are drawn one by one from counts");
    }

    @Test
    void movingTheCursorAsksAgainAndTheShadingFollows(FxRobot robot) throws Exception {
        showStore(robot);
        robot.interact(() -> {
            state.setGraphTimeMode(GraphTimeMode.AROUND_CURSOR);
            state.setGraphSpan(GraphSpan.YEAR);
            state.setCursor(LocalDate.of(2018, 7, 1).toEpochDay() * DAY);
        });
        awaitCounts(robot);
        List<CountryRow> rows = store.countries(Filter.NONE, state.getGraphWindow());
        int sweden = eventsOf(rows, "SWE");
        assertTrue(sweden > 0, "Sweden has events in the two years around mid-2018");
        Color shaded = colourOf(picture(robot, "2018"), "SWE");
        assertTrue(near(shadeOf(sweden, rows.get(0).events()), shaded), "Sweden in its shade: " + shaded);
        assertFalse(near(land(), shaded));

        robot.interact(() -> state.setCursor(LocalDate.of(2024, 7, 1).toEpochDay() * DAY));
        assertEquals(0, eventsOf(store.countries(Filter.NONE, state.getGraphWindow()), "SWE"), "and none around mid-2024");
        awaitCounts(robot);
        Color later = colourOf(picture(robot, "2024"), "SWE");
        assertTrue(near(land(), later), "Sweden is plain land again: " + later);
    }

    @Test
    void aCountrysTooltipGivesItsCountAndToneAndAClickFiltersByIt(FxRobot robot) throws Exception {
        showStore(robot);
        CountryRow canada = store.countries(Filter.NONE, state.getGraphWindow()).stream()
                .filter(row -> row.code().equals("CAN")).findFirst().orElseThrow();
        Point2D onScreen = map.localToScreen(map.sceneToLocal(skin().canvas().localToScene(inCountry("CAN"))));
        robot.moveTo(onScreen);
        String expected = String.format(Locale.ROOT, "Canada: %,d events in this time (the store's count), mean tone %+.1f", canada.events(),
                canada.meanTone());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Tooltip tip && tip.isShowing() && tip.getText().startsWith(expected)));

        robot.clickOn(onScreen);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(skin().countryMenu().isShowing(), "a menu offers what to do with Canada");
        MenuItem filter = skin().countryMenu().getItems().get(0);
        assertEquals("Filter by Canada", filter.getText());
        assertTrue(skin().countryMenu().getItems().get(1).isDisable(), "its events are too many to list");
        robot.interact(filter::fire);
        assertEquals(Set.of("CAN"), state.getFilter().countries());
        awaitCounts(robot);
        WritableImage image = picture(robot, "canada");
        assertTrue(near(skin().picture().palette().get(MapPalette.Role.SHADE_HIGH), colourOf(image, "CAN")),
                "every event the filter passes counts for Canada, the busiest: " + colourOf(image, "CAN"));
        assertTrue(near(land(), colourOf(image, "BRA")), "Brazil is plain land: " + colourOf(image, "BRA"));
    }
}
