package org.entente.convert;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a made-up GDELT 2.0 export of any size for tests and benchmarks: rows over a month, a few hundred
 * actors, common CAMEO codes, one source for about every eight rows, and about one row in five repeating an
 * earlier event's day, actors and code, as GDELT's repeated reports do.
 */
public final class SyntheticGdeltExport {
    private static final String[] COUNTRIES = {"USA", "CHN", "RUS", "PRK", "KOR", "JPN", "DEU", "FRA", "GBR", "UKR",
            "IND", "PAK", "IRN", "ISR", "TUR", "BRA", "MEX", "NGA", "ZAF", "AUS"};
    private static final String[] FIPS = {"US", "CH", "RS", "KN", "KS", "JA", "GM", "FR", "UK", "UP",
            "IN", "PK", "IR", "IS", "TU", "BR", "MX", "NI", "SF", "AS"};
    private static final String[] TYPES = {"", "GOV", "MIL", "COP", "BUS", "MED", "OPP", "REB", "CVL", "JUD"};
    private static final String[][] CODES = {{"010", "01", "1", "0.0"}, {"013", "01", "1", "0.4"}, {"036", "03", "1", "4.0"},
            {"042", "04", "1", "1.9"}, {"043", "04", "1", "2.8"}, {"051", "05", "1", "3.4"}, {"057", "05", "2", "8.0"},
            {"111", "11", "3", "-2.0"}, {"112", "11", "3", "-2.0"}, {"173", "17", "4", "-5.0"}, {"190", "19", "4", "-10.0"}};

    private SyntheticGdeltExport() {
    }

    public static void write(Path file, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            long[] previous = new long[3];
            for (int row = 0; row < rows; row++) {
                long choice = random.nextInt(5) == 0 && row > 0 ? previous[random.nextInt(3)] : random.nextLong();
                previous[row % 3] = choice;
                Random event = new Random(choice);
                out.write(row(1_000_000_000L + row, event, random.nextInt(Math.max(1, rows / 8))));
                out.write('\n');
            }
        }
    }

    private static String row(long id, Random event, int source) {
        String[] f = new String[GdeltColumns.COUNT];
        java.util.Arrays.fill(f, "");
        int day = 1 + event.nextInt(28);
        String date = String.format("201801%02d", day);
        f[0] = Long.toString(id);
        f[1] = date;
        f[2] = "201801";
        f[3] = "2018";
        f[4] = "2018.0" + day;
        actor(f, GdeltColumns.ACTOR1, event);
        if (event.nextInt(6) > 0) {
            actor(f, GdeltColumns.ACTOR2, event);
        }
        String[] code = CODES[event.nextInt(CODES.length)];
        f[25] = "1";
        f[26] = code[0];
        f[27] = code[0];
        f[28] = code[1];
        f[29] = code[2];
        f[30] = code[3];
        f[31] = Integer.toString(1 + event.nextInt(20));
        f[32] = "1";
        f[33] = f[31];
        f[34] = String.format(java.util.Locale.ROOT, "%.4f", event.nextGaussian() * 3);
        int place = event.nextInt(COUNTRIES.length);
        f[51] = event.nextInt(10) == 0 ? "0" : "4";
        if (!f[51].equals("0")) {
            f[52] = "City " + place + ", " + COUNTRIES[place];
            f[53] = FIPS[place];
            f[54] = FIPS[place] + "01";
            f[56] = String.format(java.util.Locale.ROOT, "%.4f", event.nextDouble() * 120 - 60);
            f[57] = String.format(java.util.Locale.ROOT, "%.4f", event.nextDouble() * 340 - 170);
        }
        f[59] = "201801" + String.format("%02d", day) + "120000";
        f[60] = "https://news" + (source % 50) + ".example.com/world/2018/01/story-" + source + ".html";
        return String.join("\t", f);
    }

    private static void actor(String[] f, int first, Random event) {
        int country = event.nextInt(COUNTRIES.length);
        String type = TYPES[event.nextInt(TYPES.length)];
        f[first] = COUNTRIES[country] + type;
        f[first + 1] = type.isEmpty() ? "COUNTRY " + COUNTRIES[country] : type + " OF " + COUNTRIES[country];
        f[first + 2] = COUNTRIES[country];
        f[first + 7] = type;
    }
}
