package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.io.LoadMode;
import org.entente.io.LoadMonitor;
import org.entente.io.MemoryNeed;
import org.entente.workspace.DatasetPlace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** A file too big for the memory Entente has: refused up front with what to do, or, if memory runs out anyway, a clean failure. */
class MemoryLimitTest {
    @TempDir
    Path dir;

    @Test
    void aFileTooBigForTheHeapIsRefusedWithTheXmxToUseAndNoStackTrace() throws IOException, InterruptedException {
        Path file = dir.resolve("big.json");
        assertEquals(0, Cli.run(new String[] {"generate", "--events", "60000", "--actors", "300", "--seed", "3",
                file.toString()}, System.out, System.err));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "validate", file.toString())
                .redirectErrorStream(true).start();
        List<String> output;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            output = lines.lines().toList();
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        String all = String.join("\n", output);
        assertEquals(1, process.exitValue(), all);
        assertTrue(all.contains(":1:1: error: this file needs about") && all.contains("-Xmx"), all);
        assertFalse(all.contains("OutOfMemoryError") || all.contains("\tat "), all);
    }

    @Test
    void runningOutOfMemoryHalfWayEndsTheLoadWithAProblemAndNoDataset() throws Exception {
        FxToolkit.registerPrimaryStage();
        LoadTask.Origin greedy = new LoadTask.Origin() {
            @Override
            public String name() {
                return "greedy.json";
            }

            @Override
            public DatasetPlace place() {
                return new DatasetPlace.File(Path.of("/tmp/greedy.json"));
            }

            @Override
            public LoadTask.Outcome load(LoadMonitor monitor, LoadMode mode) {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        LoadTask.Outcome outcome = new LoadTask(greedy, LoadMode.LENIENT).call();
        assertFalse(outcome.loaded());
        assertEquals(MemoryNeed.ranOut(Runtime.getRuntime().maxMemory()), outcome.result().problems().get(0).message());
    }

    @Test
    void theNeedIsMetWhenTheHeapHasRoom() {
        MemoryNeed need = MemoryNeed.ofFile(610L << 20);
        assertTrue(need.shortfall(8L << 30, 100L << 20).isEmpty());
        String refused = need.shortfall(512L << 20, 20L << 20).orElseThrow();
        assertTrue(refused.contains("1.6 GB") && refused.contains("-Xmx3g"), refused);
    }
}
