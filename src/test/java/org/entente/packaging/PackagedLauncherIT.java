package org.entente.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code mvn -Ppackage verify} built: the app image's launcher runs the command-line tools on the seed,
 * with DuckDB, and on Linux with the class-data-sharing archive the build dumped for it; the .deb holds the launcher,
 * the menu entry, the icon, the class list its postinst dumps an archive from, and JavaFX's native libraries
 * beside the jar. The profile names what it built in system properties; without them (another profile's
 * failsafe run) there is nothing to check.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackagedLauncherIT {
    private Path image;
    private Path launcher;
    private Path seed;
    private Path packages;

    @BeforeAll
    void builtPackage() {
        String built = System.getProperty("entente.package.image");
        assumeTrue(built != null, "not built by the package profile");
        image = Path.of(built);
        launcher = image.resolve(System.getProperty("entente.package.launcher"));
        seed = Path.of(System.getProperty("entente.package.seed"));
        packages = Path.of(System.getProperty("entente.package.dir"));
    }

    @Test
    void validatesTheSeed() throws IOException, InterruptedException {
        Run run = launch(Map.of(), "validate", seed.toString());
        assertEquals(0, run.exit, run.output);
        assertTrue(run.output.contains("0 errors, 0 warnings in 1 file"), run.output);
    }

    @Test
    void countsTheSeed() throws IOException, InterruptedException {
        Run run = launch(Map.of(), "stats", seed.toString());
        assertEquals(0, run.exit, run.output);
        assertTrue(run.output.contains("events:     23 "), run.output);
        assertTrue(run.output.contains("actors:     18 "), run.output);
    }

    /** The image's jar keeps DuckDB's native library for this platform only; a store is written and read with it. */
    @Test
    void convertsTheSeedToAStoreAndReadsIt(@TempDir Path dir) throws IOException, InterruptedException {
        Path store = dir.resolve("seed.duckdb");
        Run convert = launch(Map.of(), "convert", "--from", "entente", seed.toString(), "--to", "store", "--out",
                store.toString());
        assertEquals(0, convert.exit, convert.output);
        Run stats = launch(Map.of(), "stats", store.toString());
        assertEquals(0, stats.exit, stats.output);
        assertTrue(stats.output.contains("events:     23 "), stats.output);
    }

    /**
     * -Xshare:on makes the JVM refuse to start rather than pass over an archive it cannot map. Only the Linux
     * image has one: Java 17 maps an archive only at the path it was dumped for, which the .deb's postinst can
     * dump where it installs and the other platforms' installers cannot.
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    void startsFromTheArchiveDumpedForIt() throws IOException, InterruptedException {
        Run run = launch(Map.of("JAVA_TOOL_OPTIONS", "-Xshare:on"), "validate", seed.toString());
        assertEquals(0, run.exit, run.output);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void debianPackageHoldsTheLauncherMenuEntryAndIcon() throws IOException, InterruptedException {
        Path deb;
        try (Stream<Path> files = Files.list(packages)) {
            deb = files.filter(file -> file.getFileName().toString().endsWith(".deb")).findFirst().orElseThrow();
        }
        Run contents = run(List.of("dpkg-deb", "--contents", deb.toString()), Map.of());
        assertEquals(0, contents.exit, contents.output);
        for (String file : List.of("./opt/entente/bin/Entente", "./opt/entente/lib/entente-Entente.desktop",
                "./opt/entente/lib/Entente.png", "./opt/entente/lib/app/entente.jar",
                "./opt/entente/lib/app/entente.classlist", "./opt/entente/lib/app/libglassgtk3.so")) {
            assertTrue(contents.output.contains(" " + file + "\n"), file + " is not in " + deb);
        }
    }

    private Run launch(Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(arguments));
        return run(command, environment);
    }

    private static Run run(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "still running: " + command);
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private record Run(int exit, String output) {
    }
}
