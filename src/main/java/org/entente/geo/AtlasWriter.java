package org.entente.geo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an atlas, the map's country shapes, in this binary format (version 1):
 * <ol>
 * <li>a header of 5 bytes: the magic {@code EATL} in ASCII and the version, 1;</li>
 * <li>the rest, one zlib stream (deflate at level 9, so with a checksum), holding in order:
 * <ul>
 * <li>the grid: how many integer steps make one unit of {@link EqualEarth}'s plane (see {@link AtlasGrid});</li>
 * <li>the number of countries, then each country:
 * its alpha-3 code and its name as strings (the code's length 0 when it has none), its anchor's x and y in
 * grid steps, its number of polygons, and for each polygon its number of rings (the outline first, then
 * the holes) and for each ring its number of points (the closing point left out) and then its points.</li>
 * </ul></li>
 * </ol>
 * A string is its length in UTF-8 bytes then those bytes. Counts are unsigned varints; coordinates are
 * ZigZag varints of grid steps, x then y, each point's as the step from the point before, the first
 * point's of a country from its anchor (see {@link Varint}). Neighbouring points of a shape are close, so
 * most steps take a byte or two, and deflate finds what repeats in the rest.
 *
 * <p>The same countries always give the same bytes: nothing depends on the time, the machine or hashing.
 */
public final class AtlasWriter {
    static final byte[] MAGIC = "EATL".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;

    private AtlasWriter() {
    }

    public static void write(List<AtlasCountry> countries, OutputStream out) throws IOException {
        out.write(MAGIC);
        out.write(VERSION);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            DeflaterOutputStream zipped = new DeflaterOutputStream(out, deflater);
            OutputStream body = new BufferedOutputStream(zipped);
            Varint.write(AtlasGrid.UNITS, body);
            Varint.write(countries.size(), body);
            for (AtlasCountry country : countries) {
                writeCountry(country, body);
            }
            body.flush();
            zipped.finish();
        } finally {
            deflater.end();
        }
    }

    private static void writeCountry(AtlasCountry country, OutputStream out) throws IOException {
        writeString(country.code() == null ? "" : country.code(), out);
        writeString(country.name(), out);
        long x = AtlasGrid.step(country.anchorX());
        long y = AtlasGrid.step(country.anchorY());
        Varint.writeSigned(x, out);
        Varint.writeSigned(y, out);
        Varint.write(country.polygons().size(), out);
        for (double[][] polygon : country.polygons()) {
            Varint.write(polygon.length, out);
            for (double[] ring : polygon) {
                Varint.write(ring.length / 2, out);
                for (int i = 0; i < ring.length; i += 2) {
                    long px = AtlasGrid.step(ring[i]);
                    long py = AtlasGrid.step(ring[i + 1]);
                    Varint.writeSigned(px - x, out);
                    Varint.writeSigned(py - y, out);
                    x = px;
                    y = py;
                }
            }
        }
    }

    private static void writeString(String text, OutputStream out) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        Varint.write(utf8.length, out);
        out.write(utf8);
    }
}
