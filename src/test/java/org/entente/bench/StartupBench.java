package org.entente.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the app in a fresh JVM on the bundled dataset, headless (Monocle, software rendering), and
 * reads the time from main to the first frame that shows the dataset, as the app's probe prints it.
 */
final class StartupBench {
    private StartupBench() {
    }

    static BenchResult run(Path dir, BenchSize size) throws IOException, InterruptedException {
        int runs = size == BenchSize.FULL ? 5 : 1;
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            millis[i] = once(dir);
        }
        Arrays.sort(millis);
        return new BenchResult("start to first drawn frame (headless)", millis[runs / 2], "ms", "<= 2000", runs);
    }

    private static double once(Path dir) throws IOException, InterruptedException {
        Path prefs = Files.createDirectories(dir.resolve("startup-prefs"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java,
                "-cp", System.getProperty("java.class.path"),
                "-Dentente.startupProbe=true",
                "-Djava.util.prefs.userRoot=" + prefs,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "org.entente.app.Launcher"))
                .redirectErrorStream(true)
                .start();
        String figure = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append(line).append('\n');
                if (line.startsWith("first-frame-ms=")) {
                    figure = line.substring("first-frame-ms=".length());
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (figure == null) {
            throw new IllegalStateException("the app did not report its first frame:\n" + output);
        }
        return Double.parseDouble(figure);
    }
}
