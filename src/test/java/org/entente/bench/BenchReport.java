package org.entente.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/** Prints the suite's figures as a table and writes them as JSON, atomically. */
final class BenchReport {
    private BenchReport() {
    }

    static void print(List<BenchResult> results, PrintStream out) {
        int width = results.stream().mapToInt(r -> r.name().length()).max().orElse(10);
        String row = "%-" + width + "s  %12s %-6s  %-14s  %s%n";
        out.printf(Locale.ROOT, row, "figure", "value", "unit", "target", "n");
        for (BenchResult r : results) {
            out.printf(Locale.ROOT, row, r.name(), format(r.value()), r.unit(), r.target(), r.n());
        }
    }

    private static String format(double value) {
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.3f", value);
    }

    static void write(List<BenchResult> results, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp);
                 JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
                json.writeStartArray();
                for (BenchResult r : results) {
                    json.writeStartObject();
                    json.writeStringField("name", r.name());
                    json.writeNumberField("value", r.value());
                    json.writeStringField("unit", r.unit());
                    json.writeStringField("target", r.target());
                    json.writeNumberField("n", r.n());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
