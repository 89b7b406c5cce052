package org.entente.convert;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.entente.bytes.ByteKeyedCache;
import org.entente.export.IOConsumer;
import org.entente.files.TempFiles;
import org.entente.io.LongSet;
import org.entente.model.Extras;
import org.entente.model.Source;

/**
 * The distinct SOURCEURLs of an import. A source's id is {@code src-} and the first 64 bits of the SHA-256 of
 * its URL in hex: stable across runs and files, and unlikely to collide (about one chance in ten million for
 * a million URLs). Only the hashes stay in memory; each new URL goes to a temporary file, read back once
 * the events are written.
 */
final class GdeltSources implements Closeable {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private final LongSet seen = new LongSet();
    /** The hashes of URLs met lately: an article gives several events, so its URL comes in several rows. */
    private final ByteKeyedCache<Long> recent = new ByteKeyedCache<>(1 << 14);
    private final MessageDigest sha256;
    private final Path file;
    private final OutputStream urls;

    GdeltSources(Path tempDir) throws IOException {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        file = tempDir == null ? TempFiles.create("entente-gdelt-sources", ".txt")
                : TempFiles.create(tempDir, "entente-gdelt-sources", ".txt");
        urls = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    /** The hash that identifies {@code url}, recording the URL the first time it is seen. */
    long add(String url) throws IOException {
        byte[] utf8 = url.getBytes(StandardCharsets.UTF_8);
        return add(utf8, 0, utf8.length);
    }

    /** The same for the URL whose UTF-8 bytes these are, read where they lie in a row. */
    long add(byte[] utf8, int from, int to) throws IOException {
        Long known = recent.get(utf8, from, to);
        if (known != null) {
            return known;
        }
        sha256.update(utf8, from, to - from);
        long hash = ByteBuffer.wrap(sha256.digest()).getLong();
        recent.put(utf8, from, to, hash);
        if (seen.add(hash)) {
            urls.write(utf8, from, to - from);
            urls.write('\n');
        }
        return hash;
    }

    int size() {
        return seen.size();
    }

    /** Hands each source to {@code out} in the order its URL was first seen. */
    void drain(IOConsumer<Source> out) throws IOException {
        urls.close();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String url = in.readLine(); url != null; url = in.readLine()) {
                out.accept(source(url, hash(url)));
            }
        }
    }

    /** {@code src-} and the hash as sixteen hex digits; by hand, as String.format costs a parse per call. */
    static String id(long hash) {
        byte[] id = {'s', 'r', 'c', '-', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0'};
        for (int i = id.length - 1, shift = 0; shift < 64; i--, shift += 4) {
            id[i] = (byte) HEX[(int) (hash >>> shift) & 0xf];
        }
        return new String(id, StandardCharsets.ISO_8859_1);
    }

    /** Titled by host and path (the query string is mostly tracking noise); text that is not a web address is its own title. */
    static Source source(String url, long hash) {
        boolean web = url.startsWith("http://") || url.startsWith("https://");
        String title = url;
        if (web) {
            title = url.substring(url.indexOf("//") + 2);
            int end = indexOfAny(title, '?', '#');
            title = title.substring(0, end);
            while (title.endsWith("/") && title.length() > 1) {
                title = title.substring(0, title.length() - 1);
            }
        }
        return new Source(id(hash), title.isEmpty() ? url : title, null, null, web ? url : null, null, Extras.NONE);
    }

    private static int indexOfAny(String text, char a, char b) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == a || text.charAt(i) == b) {
                return i;
            }
        }
        return text.length();
    }

    private long hash(String url) {
        return ByteBuffer.wrap(sha256.digest(url.getBytes(StandardCharsets.UTF_8))).getLong();
    }

    @Override
    public void close() throws IOException {
        try {
            urls.close();
        } finally {
            TempFiles.delete(file);
        }
    }
}
