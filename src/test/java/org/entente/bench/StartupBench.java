package org.entente.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The time from {@code main} to the first frame that shows the bundled dataset, as the app's probe prints it,
 * each run in a fresh JVM, beside that of a {@link BareWindow}, the floor that JavaFX itself sets on this
 * machine. Headless (Monocle, software rendering) always; at full size also on a display, as a user starts
 * the app: {@code java -jar} on the shaded jar and the packaged launcher when {@code mvn -Ppackage} has built
 * it, by turns, so that the machine's load falls on each alike. The display is the one in {@code DISPLAY},
 * else a virtual one from {@code xvfb-run}; with neither, those figures are left out and the suite says so.
 */
final class StartupBench {
    /** The shaded jar and the packaged app image, as the bench profile passes them. */
    static final String JAR = "entente.bench.jar";
    static final String IMAGE = "entente.bench.image";

    private StartupBench() {
    }

    static List<BenchResult> run(Path dir, BenchSize size) throws IOException, InterruptedException {
        int runs = size == BenchSize.FULL ? 5 : 1;
        List<BenchResult> results = new ArrayList<>();
        results.add(median("start to first drawn frame (headless)", runs, "<= 2000",
                () -> headless(dir, "org.entente.app.Launcher")));
        results.add(median("a bare JavaFX window, start to first frame (headless)", runs, "",
                () -> headless(dir, BareWindow.class.getName())));
        if (size == BenchSize.FULL) {
            results.addAll(onDisplay(dir, runs));
        }
        return results;
    }

    /** The display figures, taken by turns; none when there is no display to take them on. */
    private static List<BenchResult> onDisplay(Path dir, int runs) throws IOException, InterruptedException {
        List<String> display = display();
        if (display == null) {
            System.out.println("startup: no DISPLAY and no xvfb-run, so the app was not timed on a display");
            return List.of();
        }
        Path prefs = dir.resolve("startup-display-prefs");
        List<String> probe = List.of("-Dentente.startupProbe=true", "-Djava.util.prefs.userRoot=" + prefs,
                "-Dentente.home=" + prefs.resolve("home"));
        List<Start> starts = new ArrayList<>();
        Path jar = Path.of(System.getProperty(JAR, "target/entente.jar"));
        if (Files.isRegularFile(jar)) {
            List<String> javaJar = new ArrayList<>(List.of(ChildJvm.java()));
            javaJar.addAll(probe);
            javaJar.addAll(List.of("-jar", jar.toString()));
            starts.add(new Start("java -jar, start to first frame on a display", "", command(display, javaJar)));
        }
        Path launcher = Path.of(System.getProperty(IMAGE, "target/jpackage/Entente"), "bin", "Entente");
        if (Files.isExecutable(launcher)) {
            ProcessBuilder packaged = command(display, List.of(launcher.toString()));
            // The launcher passes its command line to the app; only JAVA_TOOL_OPTIONS reaches its JVM.
            packaged.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", probe));
            starts.add(new Start("the packaged app, start to first frame on a display", "<= 1200", packaged));
        } else {
            System.out.println("startup: no app image at " + launcher + " (mvn -Ppackage,bench verify builds it first)");
        }
        starts.add(new Start("a bare JavaFX window, start to first frame on a display", "", command(display,
                List.of(ChildJvm.java(), "-cp", System.getProperty("java.class.path"), BareWindow.class.getName()))));
        double[][] millis = new double[starts.size()][runs];
        for (int i = 0; i < runs; i++) {
            for (int s = 0; s < starts.size(); s++) {
                Files.createDirectories(prefs);
                millis[s][i] = firstFrame(ChildJvm.lines(starts.get(s).command(), 120));
            }
        }
        List<BenchResult> results = new ArrayList<>();
        for (int s = 0; s < starts.size(); s++) {
            results.add(median(starts.get(s).name(), millis[s], starts.get(s).target()));
        }
        return results;
    }

    /** One way of starting on a display: the figure's name and target, and the command. */
    private record Start(String name, String target, ProcessBuilder command) {
    }

    /** How a command reaches a display: as it is when there is one, else inside {@code xvfb-run}. */
    private static List<String> display() {
        String current = System.getenv("DISPLAY");
        if (current != null && !current.isBlank()) {
            return List.of();
        }
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, "xvfb-run"))) {
                return List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24");
            }
        }
        return null;
    }

    private static ProcessBuilder command(List<String> display, List<String> command) {
        List<String> all = new ArrayList<>(display);
        all.addAll(command);
        return new ProcessBuilder(all);
    }

    private static double headless(Path dir, String mainClass) throws IOException, InterruptedException {
        return firstFrame(ChildJvm.run(dir.resolve("startup-prefs"), List.of("-Dentente.startupProbe=true"), mainClass,
                List.of(), 60));
    }

    private static double firstFrame(List<String> output) {
        String figure = ChildJvm.value(output, "first-frame-ms");
        if (figure == null) {
            throw new IllegalStateException("no first frame was reported:\n" + String.join("\n", output));
        }
        return Double.parseDouble(figure);
    }

    private static BenchResult median(String name, int runs, String target, Run run) throws IOException, InterruptedException {
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            millis[i] = run.firstFrame();
        }
        return median(name, millis, target);
    }

    private static BenchResult median(String name, double[] millis, String target) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new BenchResult(name, sorted[sorted.length / 2], "ms", target, sorted.length);
    }

    /** One start, timed. */
    private interface Run {
        double firstFrame() throws IOException, InterruptedException;
    }
}
