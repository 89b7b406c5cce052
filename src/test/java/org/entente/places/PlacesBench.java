package org.entente.places;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.entente.bench.BenchResult;
import org.entente.bench.LoadedDatasets;
import org.entente.bench.ScrubCursor;
import org.entente.geo.EqualEarth;
import org.entente.index.IndexedDataset;
import org.entente.index.IntList;
import org.entente.model.Event;
import org.entente.query.Filter;
import org.entente.strata.ColorMode;
import org.entente.strata.Strata;

/**
 * The map's data as the view will drive it: building the places of a dataset, a scrub step (a window a
 * year wide around the cursor, the cursor a day on), and a frame's preparation at the world's, a
 * continent's and a city's zoom with ten events selected. Each timed after warm-ups, as median and 95th
 * percentile.
 */
public final class PlacesBench {
    private static final double WIDTH = 1200;
    private static final double HEIGHT = 800;
    private static final double EARTH_KM = 6371;
    private static final int BIN_PIXELS = 24;
    private static final int MAX_FLOWS = 60;
    private static final int SELECTED = 10;
    /** Steps and frames before those timed, so that the JIT has compiled their path (as the graph's benches). */
    private static final int WARM_UPS = 40;

    private PlacesBench() {
    }

    /** {@code PlacesBench dataset.json [samples]}: the figures for one dataset, outside the suite. */
    public static void main(String[] args) {
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        for (BenchResult result : run(Path.of(args[0]), samples)) {
            System.out.printf(Locale.ROOT, "%-100s %8.2f %s  (target %s)%n", result.name(), result.value(),
                    result.unit(), result.target().isEmpty() ? "none" : result.target());
        }
    }

    /** Times {@code samples} scrub steps and {@code samples} frames per zoom. */
    public static List<BenchResult> run(Path events, int samples) {
        IndexedDataset data = LoadedDatasets.get(events.toString());
        int n = data.dataset().events().size();
        Strata strata = Strata.of(ColorMode.KIND, data.stats(), data.dataset().events());
        List<BenchResult> results = new ArrayList<>();
        EventPlaces[] built = new EventPlaces[1];
        double[] builds = new double[Math.min(3, samples)];
        for (int i = -1; i < builds.length; i++) {
            double took = BenchResult.millis(() -> built[0] = EventPlaces.of(data.dataset(), Filter.NONE));
            builds[Math.max(0, i)] = took;
        }
        results.add(BenchResult.ofMillis("map places build, once per dataset and filter", builds, "<= 2000", n));

        WindowPlaces window = new WindowPlaces(built[0], data.time(), strata);
        ScrubCursor cursor = new ScrubCursor(data.time());
        long half = ScrubCursor.YEAR / 2;
        double[] rebuild = {BenchResult.millis(() -> window.moveTo(cursor.at() - half, cursor.at() + half))};
        results.add(BenchResult.ofMillis("map window rebuild, a year's window from nothing", rebuild, "", n));
        double[] steps = new double[samples];
        for (int i = -WARM_UPS; i < samples; i++) {
            long at = cursor.next();
            double took = BenchResult.millis(() -> window.moveTo(at - half, at + half));
            steps[Math.max(0, i)] = took;
        }
        results.add(BenchResult.ofMillis("map update for one scrub step (1 day), sliding window of a year", steps, "<= 16", n));

        CountryAnchors anchors = anchorsAtPlaces(built[0]);
        IntList selection = new IntList();
        IntList inWindow = new IntList();
        data.time().overlapping(window.start(), window.end(), inWindow);
        int selected = Math.min(SELECTED, inWindow.size());
        for (int i = 0; i < selected; i++) {
            selection.add(inWindow.get((int) ((long) i * inWindow.size() / selected)));
        }
        for (Zoom zoom : zooms(built[0])) {
            MapRequest request = new MapRequest(zoom.camera, BIN_PIXELS, anchors, MAX_FLOWS, selection);
            double[] frames = new double[samples];
            MapFrame[] last = new MapFrame[1];
            Supplier<MapFrame> prepare = () -> MapFrames.prepare(window, request);
            for (int i = -WARM_UPS; i < samples; i++) {
                double took = BenchResult.millis(() -> last[0] = prepare.get());
                frames[Math.max(0, i)] = took;
            }
            results.add(BenchResult.ofMillis(String.format(Locale.ROOT, "map frame preparation, zoom %s (%d bins, %d flows)",
                    zoom.name, last[0].bins().size(), last[0].flows().size()), frames, "<= 8", n));
        }
        return results;
    }

    private record Zoom(String name, MapCamera camera) {
    }

    /** The whole world; Europe, some 4,000 km across; and a city, some 50 km across, at the first event's place. */
    private static List<Zoom> zooms(EventPlaces places) {
        int first = 0;
        while (first < places.size() - 1 && !places.hasPoint(first)) {
            first++;
        }
        double cityX = places.hasPoint(first) ? places.x(first) : 0;
        double cityY = places.hasPoint(first) ? places.y(first) : 0;
        return List.of(
                new Zoom("world", MapCamera.centredOn(0, 0, WIDTH / (2 * EqualEarth.MAX_X), WIDTH, HEIGHT)),
                new Zoom("continent", MapCamera.centredOn(EqualEarth.x(10, 50), EqualEarth.y(50),
                        WIDTH / (4000 / EARTH_KM), WIDTH, HEIGHT)),
                new Zoom("city", MapCamera.centredOn(cityX, cityY, WIDTH / (50 / EARTH_KM), WIDTH, HEIGHT)));
    }

    /**
     * Each country anchored at the first point placed in it, standing in for the atlas; the generator's
     * actors belong to made-up countries that no place is in, and those are spread over the world on a
     * golden-angle spiral, so that their flows are drawn, and timed, too.
     */
    private static CountryAnchors anchorsAtPlaces(EventPlaces places) {
        int countries = places.countries().size();
        double[] xs = new double[countries];
        double[] ys = new double[countries];
        boolean[] placed = new boolean[countries];
        List<Event> events = places.dataset().events();
        for (int e = 0; e < places.size(); e++) {
            int country = events.get(e).location() == null ? -1 : places.countries().of(events.get(e).location().country());
            if (country >= 0 && !placed[country] && places.hasPoint(e)) {
                placed[country] = true;
                xs[country] = places.x(e);
                ys[country] = places.y(e);
            }
        }
        double goldenAngle = Math.PI * (3 - Math.sqrt(5));
        for (int country = 0; country < countries; country++) {
            if (!placed[country]) {
                double radius = Math.sqrt((country + 0.5) / countries);
                xs[country] = 0.9 * EqualEarth.MAX_X * radius * Math.cos(country * goldenAngle);
                ys[country] = 0.9 * EqualEarth.MAX_Y * radius * Math.sin(country * goldenAngle);
            }
        }
        return PlacesFixtures.anchors(xs, ys);
    }

}
