package org.entente.geo;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Reads what {@link AtlasWriter} wrote (its class comment describes the format). Counts are checked
 * against generous limits before anything is allocated, so a damaged file fails with an
 * {@link IOException} instead of exhausting memory.
 */
final class AtlasReader {
    private static final int MAX_COUNTRIES = 10_000;
    private static final int MAX_STRING_BYTES = 1_000;
    private static final int MAX_PARTS = 1_000_000;
    private static final int MIN_RING_POINTS = 3;

    private AtlasReader() {
    }

    static List<AtlasCountry> read(InputStream in) throws IOException {
        byte[] header = in.readNBytes(AtlasWriter.MAGIC.length + 1);
        if (header.length < AtlasWriter.MAGIC.length + 1
                || !Arrays.equals(header, 0, AtlasWriter.MAGIC.length, AtlasWriter.MAGIC, 0, AtlasWriter.MAGIC.length)) {
            throw new IOException("not an atlas: it does not begin with EATL");
        }
        int version = header[AtlasWriter.MAGIC.length];
        if (version != AtlasWriter.VERSION) {
            throw new IOException("atlas format version " + version + ", expected " + AtlasWriter.VERSION);
        }
        // The caller closes its stream; the inflater's native memory is freed here rather than whenever the GC runs.
        Inflater inflater = new Inflater();
        try {
            return body(new BufferedInputStream(new InflaterInputStream(in, inflater)));
        } finally {
            inflater.end();
        }
    }

    private static List<AtlasCountry> body(InputStream in) throws IOException {
        double units = count(in, Integer.MAX_VALUE, "grid steps");
        if (units == 0) {
            throw new IOException("damaged atlas: a grid of no steps");
        }
        int size = count(in, MAX_COUNTRIES, "countries");
        List<AtlasCountry> countries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            countries.add(country(in, units));
        }
        if (in.read() >= 0) {
            throw new IOException("damaged atlas: more data after the last country");
        }
        return countries;
    }

    private static AtlasCountry country(InputStream in, double units) throws IOException {
        String code = string(in);
        String name = string(in);
        long x = Varint.readSigned(in);
        long y = Varint.readSigned(in);
        double anchorX = x / units;
        double anchorY = y / units;
        int polygonCount = count(in, MAX_PARTS, "polygons");
        List<double[][]> polygons = new ArrayList<>(polygonCount);
        for (int p = 0; p < polygonCount; p++) {
            double[][] rings = new double[count(in, MAX_PARTS, "rings")][];
            if (rings.length == 0) {
                throw new IOException("damaged atlas: a polygon without an outline in " + name);
            }
            for (int r = 0; r < rings.length; r++) {
                int points = count(in, MAX_PARTS, "points");
                if (points < MIN_RING_POINTS) {
                    throw new IOException("damaged atlas: a ring of " + points + " points in " + name);
                }
                rings[r] = new double[2 * points];
                for (int i = 0; i < points; i++) {
                    x += Varint.readSigned(in);
                    y += Varint.readSigned(in);
                    rings[r][2 * i] = x / units;
                    rings[r][2 * i + 1] = y / units;
                }
            }
            polygons.add(rings);
        }
        return AtlasCountry.of(code.isEmpty() ? null : code, name, polygons, anchorX, anchorY);
    }

    private static String string(InputStream in) throws IOException {
        int length = count(in, MAX_STRING_BYTES, "string bytes");
        byte[] utf8 = in.readNBytes(length);
        if (utf8.length < length) {
            throw new IOException("damaged atlas: it ends in the middle of a name");
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static int count(InputStream in, int max, String what) throws IOException {
        long count = Varint.read(in);
        if (count < 0 || count > max) {
            throw new IOException("damaged atlas: " + count + " " + what + ", at most " + max + " expected");
        }
        return (int) count;
    }
}
