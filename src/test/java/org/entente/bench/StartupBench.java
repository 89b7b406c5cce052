package org.entente.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

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
        List<String> output = ChildJvm.run(dir.resolve("startup-prefs"),
                List.of("-Dentente.startupProbe=true"), "org.entente.app.Launcher", List.of(), 60);
        String figure = ChildJvm.value(output, "first-frame-ms");
        if (figure == null) {
            throw new IllegalStateException("the app did not report its first frame:\n" + String.join("\n", output));
        }
        return Double.parseDouble(figure);
    }
}
