package org.entente.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.entente.convert.ConvertedDataset;
import org.entente.convert.GdeltImporter;
import org.entente.eventlist.EventList;
import org.entente.index.IndexedDataset;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.lanes.LaneGeometry;
import org.entente.lanes.LaneMode;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Participant;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.state.Selection;
import org.entente.state.ViewState;
import org.entente.strata.Strata;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Dense time as a user meets it: a mass of events drawn as density stacked by colour with a legend that
 * filters, the selection drawn over it, and "+N more" badges that open exactly what they count.
 */
@ExtendWith(ApplicationExtension.class)
class DenseTimelineTest {
    private static final long DAY = 86_400_000L;
    private final ViewState state = new ViewState();
    private TimelineView timeline;

    @Start
    void start(Stage stage) {
        timeline = TimelineStage.show(stage, state);
    }

    static Event event(String id, String when, String kind, String... actors) {
        try {
            List<Participant> who = new ArrayList<>();
            for (String a : actors) {
                who.add(new Participant(a, null));
            }
            return new Event(id, "Event " + id, Edtf.parse(when), kind, null, null, who, Double.NaN,
                    List.of(), List.of(), List.of(), Extras.NONE);
        } catch (EdtfException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Twenty thousand events over three hundred days: three in four are talks, one in four fights; Gamma is in one in fifty. */
    private static Dataset crowd() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String day = LocalDate.of(2020, 1, 1).plusDays(i % 300).toString();
            events.add(event("e" + i, day, i % 4 == 0 ? "fight" : "talk", "a", i % 50 == 0 ? "c" : "b"));
        }
        return new Dataset("Crowd", null, List.of(), List.of(), events, List.of(), Extras.NONE);
    }

    private PixelReader render(FxRobot robot) {
        return TimelineStage.render(robot, timeline).getPixelReader();
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.06 && Math.abs(a.getGreen() - b.getGreen()) < 0.06
                && Math.abs(a.getBlue() - b.getBlue()) < 0.06;
    }

    private int pixelsNear(PixelReader pixels, Color colour, int x0, int x1, int y0, int y1) {
        int n = 0;
        for (int x = x0; x < x1; x++) {
            for (int y = y0; y < y1; y++) {
                n += near(pixels.getColor(x, y), colour) ? 1 : 0;
            }
        }
        return n;
    }

    private Strata strata() {
        return ((TimelineSkin) timeline.getSkin()).lanes().strata();
    }

    @Test
    void densityColumnsAreStackedByKindInTheirColours(FxRobot robot) {
        robot.interact(() -> state.show(IndexedDataset.of(crowd())));
        PixelReader pixels = render(robot);
        Strata strata = strata();
        Color talk = timeline.palette().group(strata, strata.kindGroups().get("talk"));
        Color fight = timeline.palette().group(strata, strata.kindGroups().get("fight"));
        int top = (int) TimelineFrame.AXIS_HEIGHT;
        int bottom = (int) (robot.lookup(".timeline-canvas").queryAs(Canvas.class).getHeight() - TimelineFrame.OVERVIEW_HEIGHT);
        int talks = pixelsNear(pixels, talk, 100, 1100, top, bottom);
        int fights = pixelsNear(pixels, fight, 100, 1100, top, bottom);
        assertTrue(talks > 1000 && fights > 1000, "both kinds are drawn: " + talks + " talk pixels, " + fights + " fight pixels");
        assertTrue(talks > 2 * fights, "talks, three in four events, take most of each column: " + talks + " vs " + fights);
    }

    @Test
    void theLegendCountsEachKindInViewAndFiltersToItWhenClicked(FxRobot robot) {
        robot.interact(() -> state.show(IndexedDataset.of(crowd())));
        render(robot);
        Label fight = robot.lookup(".legend-entry").match((Label l) -> l.getText().startsWith("fight")).queryAs(Label.class);
        assertEquals("fight 5,000", fight.getText());

        robot.clickOn(fight);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("fight"), state.getFilter().eventKinds());
        assertTrue(fight.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("active")));

        robot.clickOn(fight);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Filter.NONE, state.getFilter(), "a second click shows every kind again");
    }

    @Test
    void aDatasetWhoseEventsAreAllOfOneKindHasNoLegend(FxRobot robot) {
        robot.interact(() -> state.show(IndexedDataset.of(new Dataset("One kind", null, List.of(), List.of(),
                List.of(event("x", "2020-01-01", "talk"), event("y", "2020-02-01", "talk")), List.of(), Extras.NONE))));
        render(robot);
        assertFalse(robot.lookup(".timeline-legend").queryAs(FlowPane.class).isVisible(),
                "one group is no key to anything");
        robot.interact(() -> state.show(IndexedDataset.of(crowd())));
        render(robot);
        assertTrue(robot.lookup(".timeline-legend").queryAs(FlowPane.class).isVisible());
    }

    @Test
    void theSelectedActorsEventsAreDrawnOverTheDensityInTheSelectionColour(FxRobot robot) {
        robot.interact(() -> state.show(IndexedDataset.of(crowd())));
        Color selection = timeline.palette().selection();
        int top = (int) TimelineFrame.AXIS_HEIGHT;
        int bottom = 300;
        PixelReader before = render(robot);
        assertEquals(0, pixelsNear(before, selection, 100, 1100, top, bottom), "nothing selected, nothing in its colour");

        robot.interact(() -> state.select(Selection.actor("c")));
        PixelReader after = render(robot);
        assertTrue(pixelsNear(after, selection, 100, 1100, top, bottom) > 500,
                "Gamma's four hundred events are drawn over the density in the selection colour");
    }

    @Test
    void theSelectionTakesItsShareOfEachColumnNotItsLogHeight(FxRobot robot) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String day = LocalDate.of(2020, 1, 1).plusDays(i % 300).toString();
            events.add(event("e" + i, day, "talk", "a", i / 300 % 10 == 0 ? "c" : "b"));
        }
        robot.interact(() -> {
            state.show(IndexedDataset.of(new Dataset("Tenth", null, List.of(), List.of(), events, List.of(), Extras.NONE)));
            state.select(Selection.actor("c"));
        });
        WritableImage image = TimelineStage.render(robot, timeline);
        PixelReader pixels = image.getPixelReader();
        Color selection = timeline.palette().selection();
        List<Color> empty = List.of(timeline.palette().background(), timeline.palette().alternateLane(),
                timeline.palette().grid(), timeline.palette().majorGrid());
        int selected = 0;
        int painted = 0;
        // Left of the graph's tinted time, above the overview strip.
        for (int x = 100; x < 900; x++) {
            for (int y = (int) TimelineFrame.AXIS_HEIGHT + 20; y < image.getHeight() - 60; y++) {
                Color c = pixels.getColor(x, y);
                if (near(c, selection)) {
                    selected++;
                } else if (empty.stream().noneMatch(e -> near(c, e))) {
                    painted++;
                }
            }
        }
        double share = (double) selected / (selected + painted);
        assertTrue(share > 0.05 && share < 0.2,
                "a tenth of every column's events takes about a tenth of its height (the log scale gave half): " + share);
    }

    @Test
    void aBadgeZoomsToExactlyTheSpanOfTheEventsItCounts(FxRobot robot) throws Exception {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            events.add(event("s" + i, "2020-03-1" + (i % 3), "talk", "a"));
        }
        for (int i = 0; i < 12; i++) {
            events.add(event("t" + i, "2020-09-0" + (1 + i % 4), "talk", "a"));
        }
        Dataset twoStacks = new Dataset("Two stacks", null, List.of(), List.of(), events, List.of(), Extras.NONE);
        robot.interact(() -> {
            timeline.setLaneMode(LaneMode.ACTOR);
            state.show(IndexedDataset.of(twoStacks));
            state.setWindow(days(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)));
        });
        render(robot);
        HitMap hits = ((TimelineSkin) timeline.getSkin()).hits();
        List<Integer> badges = badges(hits);
        assertEquals(2, badges.size(), "one badge under each stack, not one for the lane");
        int september = badges.get(1);
        long from = hits.clusterFrom(september);
        long to = hits.clusterTo(september);
        assertTrue(from >= LocalDate.of(2020, 9, 1).toEpochDay() * DAY && to <= LocalDate.of(2020, 9, 5).toEpochDay() * DAY,
                "the second badge counts September's events only");

        Point2D badge = robot.lookup(".timeline-canvas").queryAs(Canvas.class)
                .localToScreen(hits.centerX(september), hits.centerY(september));
        robot.clickOn(badge);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> state.getWindow().span() < 10 * DAY);
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow window = ((TimelineSkin) timeline.getSkin()).animationTarget();
        assertTrue(window.start() <= from && window.end() >= to, "every event it counts is in view: " + window);
        assertTrue(window.span() <= (to - from) * 1.2, "and little else: " + window.span() / DAY + " days");
    }

    /** The seed at Fit all, as the issue found it: "+6 more" zoomed to 1960-2011 and showed 2 of 23 events. */
    @Test
    void onTheSeedAtFitAllEachBadgeOpensExactlyTheEventsItCounts(FxRobot robot) throws Exception {
        Dataset seed = seed();
        robot.interact(() -> {
            timeline.getScene().getWindow().setHeight(330);
            state.show(IndexedDataset.of(seed));
        });
        robot.clickOn("Fit all");
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> !((TimelineSkin) timeline.getSkin()).isAnimating());
        render(robot);
        HitMap hits = ((TimelineSkin) timeline.getSkin()).hits();
        int badge = -1;
        for (int i = 0; i < hits.size() && badge < 0; i++) {
            badge = hits.isEvent(i) ? -1 : i;
        }
        assertTrue(badge >= 0, "at Fit all some of the seed's events overflow their rows");
        long from = hits.clusterFrom(badge);
        long to = hits.clusterTo(badge);
        TimeWindow fitAll = state.getWindow();
        robot.clickOn(robot.lookup(".timeline-canvas").queryAs(Canvas.class).localToScreen(hits.centerX(badge), hits.centerY(badge)));
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> !state.getWindow().equals(fitAll)
                && !((TimelineSkin) timeline.getSkin()).isAnimating());
        TimeWindow window = state.getWindow();
        assertTrue(window.start() <= from && window.end() >= to && window.span() <= (to - from) * 1.2,
                "the window holds the badge's events and little else: " + window);
    }

    /**
     * The seed's year 2025 as the app first shows it, the timeline 380 pixels high: at the rows' own pitch
     * three of its seventeen events went into "+3 more", among them "China does not want North Korea too
     * close to Russia"; with the rows closer every one of them is drawn, and no badge.
     */
    @Test
    void onTheSeedsYearEveryEventIsDrawnWithItsRowsCloser(FxRobot robot) throws Exception {
        Dataset seed = seed();
        robot.interact(() -> {
            timeline.getScene().getWindow().setWidth(1400);
            timeline.getScene().getWindow().setHeight(380);
            state.show(IndexedDataset.of(seed));
            state.setWindow(days(LocalDate.of(2024, 12, 17), LocalDate.of(2025, 12, 12)));
        });
        render(robot);
        HitMap hits = ((TimelineSkin) timeline.getSkin()).hits();
        assertEquals(List.of(), badges(hits), "no event is left in \"+N more\"");
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < hits.size(); i++) {
            if (hits.isEvent(i)) {
                drawn.add(seed.events().get(hits.event(i)).title());
            }
        }
        assertEquals(17, drawn.size(), "the seventeen events of the window: " + drawn);
        assertTrue(drawn.contains("China does not want North Korea too close to Russia"));
    }

    private static Dataset seed() throws Exception {
        return new DatasetLoader(LoadMode.STRICT).load(Path.of("data/dprk-china-russia-2025.json")).dataset().orElseThrow();
    }

    private static TimeWindow days(LocalDate from, LocalDate to) {
        return new TimeWindow(from.toEpochDay() * DAY, to.toEpochDay() * DAY);
    }

    /** The hits of the "+N more" badges drawn, left to right. */
    private static List<Integer> badges(HitMap hits) {
        List<Integer> badges = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            if (!hits.isEvent(i)) {
                badges.add(i);
            }
        }
        return badges;
    }

    /** Clicks the stack (a cluster of density or a badge) that covers noon of a day, and returns the list it opened. */
    private EventList openStackOn(FxRobot robot, LocalDate day) {
        render(robot);
        HitMap hits = ((TimelineSkin) timeline.getSkin()).hits();
        long noon = day.toEpochDay() * DAY + DAY / 2;
        int stack = -1;
        for (int i = 0; i < hits.size() && stack < 0; i++) {
            stack = !hits.isEvent(i) && hits.clusterFrom(i) <= noon && hits.clusterTo(i) > noon ? i : -1;
        }
        assertTrue(stack >= 0, "a stack covers " + day);
        robot.clickOn(robot.lookup(".timeline-canvas").queryAs(Canvas.class).localToScreen(hits.centerX(stack), hits.centerY(stack)));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".event-list-popup").queryAs(EventList.class);
    }

    @Test
    void aStackOfOneDayOpensTheListOfItsEventsInsteadOfZooming(FxRobot robot) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            events.add(event("d" + i, "2018-01-01", "talk", "a"));
        }
        events.add(event("before", "2017-12-31", "talk", "a"));
        Dataset oneDay = new Dataset("One day", null, List.of(), List.of(), events, List.of(), Extras.NONE);
        robot.interact(() -> {
            state.show(IndexedDataset.of(oneDay));
            state.setWindow(new TimeWindow(LocalDate.of(2017, 12, 31).toEpochDay() * DAY,
                    LocalDate.of(2018, 1, 3).toEpochDay() * DAY));
        });
        TimeWindow before = state.getWindow();
        EventList list = openStackOn(robot, LocalDate.of(2018, 1, 1));

        assertEquals(before, state.getWindow(), "the window stays: zooming could not part one day's events");
        assertEquals(60, list.getRowPositions().length);
        assertEquals("60 events on 1 Jan 2018", list.getHeading());
        robot.interact(() -> list.getScene().getWindow().hide());
    }

    /** The GDELT sample, as the issue found it: "+1654 more" on 1 Jan 2018 landed on 7-27 Dec 2017. */
    @Test
    void onTheGdeltSampleTheFirstOfJanuaryOpensAsTheListOfThatDaysEvents(FxRobot robot, @TempDir Path dir) throws Exception {
        Path sample = ConvertedDataset.SHARED_DATA.resolve("gdelt2_20180101000000.export.CSV");
        Assumptions.assumeTrue(Files.isRegularFile(sample), "no " + sample);
        Dataset gdelt = ConvertedDataset.convert(new GdeltImporter(), dir, sample).dataset();
        robot.interact(() -> state.show(IndexedDataset.of(gdelt)));
        TimeWindow opening = state.getWindow();
        long firstOfJanuary = gdelt.events().stream()
                .filter(e -> e.when().start() == LocalDate.of(2018, 1, 1).toEpochDay() * DAY).count();
        EventList list = openStackOn(robot, LocalDate.of(2018, 1, 1));

        assertEquals(opening, state.getWindow(), "the window stays on the day");
        assertTrue(firstOfJanuary > 1000, "the sample holds most of its events on 1 Jan 2018: " + firstOfJanuary);
        assertEquals(firstOfJanuary, list.getRowPositions().length, "the list holds that day's events");
        assertTrue(list.getHeading().endsWith("on 1 Jan 2018"), list.getHeading());
        robot.interact(() -> list.getScene().getWindow().hide());
    }

    @Test
    void aLaneByActorWithMoreEventsThanRowsShowsItsDensityUnderTheRows(FxRobot robot) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            events.add(event("e" + i, LocalDate.of(2020, 1, 1).plusDays(i % 10 * 30).toString(), "talk", "a"));
        }
        Dataset busy = new Dataset("Busy actor", null, List.of(), List.of(), events, List.of(), Extras.NONE);
        robot.interact(() -> {
            timeline.setLaneMode(LaneMode.ACTOR);
            state.show(IndexedDataset.of(busy));
            state.setWindow(new TimeWindow(LocalDate.of(2019, 12, 1).toEpochDay() * DAY,
                    LocalDate.of(2021, 1, 1).toEpochDay() * DAY));
        });
        PixelReader pixels = render(robot);
        Strata strata = strata();
        Color talk = timeline.palette().group(strata, strata.kindGroups().get("talk"));
        LaneGeometry geometry = ((TimelineSkin) timeline.getSkin()).geometry();
        int stripTop = (int) (TimelineFrame.AXIS_HEIGHT + geometry.height(0) - LaneGeometry.STRIP_HEIGHT);
        int stripBottom = (int) (TimelineFrame.AXIS_HEIGHT + geometry.height(0) - 1);
        int strip = pixelsNear(pixels, talk, (int) TimelineFrame.HEADER_WIDTH, 1200, stripTop, stripBottom);
        assertTrue(strip > 20, "the strip under the rows shows the lane's ten busy days: " + strip + " pixels");
    }
}
