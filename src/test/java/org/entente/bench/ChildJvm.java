package org.entente.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A fresh JVM on the suite's classpath, headless (Monocle, software rendering) with preferences of its
 * own, for benchmarks that run the whole app: a JVM that has run other benchmarks would measure their
 * leftovers too.
 */
final class ChildJvm {
    private ChildJvm() {
    }

    /** Runs {@code mainClass} with JVM {@code options} and {@code arguments}; returns what it printed, line by line. */
    static List<String> run(Path prefs, List<String> options, String mainClass, List<String> arguments, long timeoutSeconds)
            throws IOException, InterruptedException {
        Files.createDirectories(prefs);
        List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
                "-Djava.util.prefs.userRoot=" + prefs, "-Dentente.home=" + prefs.resolve("home"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        command.addAll(options);
        command.add(mainClass);
        command.addAll(arguments);
        return lines(new ProcessBuilder(command), timeoutSeconds);
    }

    /** The {@code java} of the JVM running the suite. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs a command to its end, or for {@code timeoutSeconds} at most; returns what it printed, line by line. */
    static List<String> lines(ProcessBuilder builder, long timeoutSeconds) throws IOException, InterruptedException {
        Process process = builder.redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
            }
        }
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return output;
    }

    /** The value of the first line {@code key=value}, or null when there is none. */
    static String value(List<String> output, String key) {
        return output.stream().filter(line -> line.startsWith(key + "=")).findFirst()
                .map(line -> line.substring(key.length() + 1)).orElse(null);
    }
}
