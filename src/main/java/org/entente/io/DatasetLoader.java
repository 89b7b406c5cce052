package org.entente.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Loads an {@code entente/1} file as a stream, so that a file of hundreds of megabytes never becomes a
 * JSON tree in memory. It checks every value and reports every problem; it only ever reads its input.
 * It reads into a {@link DatasetSink}: a load gathers the records into a dataset in memory, a
 * {@linkplain #stream stream} hands them on to a sink that keeps them elsewhere, the same way.
 */
public final class DatasetLoader {
    public static final int MAX_LISTED_PROBLEMS = 10_000;
    public static final int MAX_NESTING_DEPTH = 64;
    public static final int MAX_STRING_LENGTH = 1 << 20;
    public static final int MAX_NUMBER_LENGTH = 64;
    public static final int MAX_NAME_LENGTH = 1024;
    public static final int MAX_GZIP_RATIO = 100;
    public static final int MIN_GUNZIPPED_MIB = 256;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .build())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    private final LoadMode mode;
    private final ReadLimits streamLimits;

    public DatasetLoader(LoadMode mode) {
        this(mode, ReadLimits.STREAM);
    }

    /** With other limits for a stream, so that a test can reach them with a small file. */
    DatasetLoader(LoadMode mode, ReadLimits streamLimits) {
        this.mode = mode;
        this.streamLimits = streamLimits;
    }

    public LoadResult load(Path file) {
        return load(file, LoadMonitor.NONE);
    }

    public LoadResult load(Path file, LoadMonitor monitor) {
        return fromFile(file, true, (in, name, size) -> load(in, name, size, monitor));
    }

    /**
     * Reads {@code in} to its end, gunzipping it when it starts as a gzip stream does ({@code .json.gz});
     * {@code size} is only used for progress, counts the bytes as stored, and may be -1 when unknown.
     */
    public LoadResult load(InputStream in, String fileName, long size, LoadMonitor monitor) {
        DatasetCollector collector = new DatasetCollector();
        LoadResult read = read(in, fileName, size, collector, monitor, ReadLimits.WHOLE);
        if (read.hasErrors() && mode == LoadMode.STRICT) {
            return read;
        }
        return read.withDataset(collector.dataset().orElse(null));
    }

    /** As {@link #stream(InputStream, String, long, DatasetSink, LoadMonitor)}, from a file. */
    public LoadResult stream(Path file, DatasetSink sink, LoadMonitor monitor) {
        return fromFile(file, false, (in, name, size) -> stream(in, name, size, sink, monitor));
    }

    /**
     * Reads {@code in} as {@link #load(InputStream, String, long, LoadMonitor)} does, with the same problems,
     * but gives each valid record to {@code sink} as soon as it is read instead of keeping it, so that a file
     * of any number of events passes through a heap that holds only a hash of each event's id (and the ids
     * of its sources and actors). A record that turns out invalid at the end of the file is withdrawn from
     * the sink, and {@link DatasetSink#end} comes last, even when reading broke off; a file that cannot be
     * read at all (missing, not UTF-8) gives the sink nothing, and a cancelled read throws
     * {@link LoadCancelledException} without ending it. The result has no dataset: in strict mode its errors
     * say that the records already given are to be thrown away.
     */
    public LoadResult stream(InputStream in, String fileName, long size, DatasetSink sink, LoadMonitor monitor) {
        return read(in, fileName, size, sink, monitor, streamLimits);
    }

    private interface Read {
        LoadResult from(InputStream in, String fileName, long size);
    }

    /** Opens {@code file} for {@code read}; a load into memory first checks that the heap can hold it. */
    private static LoadResult fromFile(Path file, boolean inMemory, Read read) {
        // An empty name ("" on the command line) is the working folder, named so that its problem names it.
        String name = file.toString().isEmpty() ? file.toAbsolutePath().toString() : file.toString();
        if (Files.isDirectory(file)) {
            return unreadable(name, "this is a folder; open a dataset file (.json, .json.gz) or a store (.duckdb)");
        }
        long size;
        long json;
        try {
            size = Files.size(file);
            json = StoredSize.ofJson(file, size);
        } catch (NoSuchFileException e) {
            return unreadable(name, "file not found");
        } catch (IOException e) {
            return unreadable(name, "cannot read the file: " + e.getMessage());
        }
        Runtime runtime = Runtime.getRuntime();
        Optional<String> shortfall = inMemory ? MemoryNeed.ofFile(json)
                .shortfall(runtime.maxMemory(), runtime.totalMemory() - runtime.freeMemory()) : Optional.empty();
        if (shortfall.isPresent()) {
            return unreadable(name, shortfall.get());
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read.from(in, name, size);
        } catch (OutOfMemoryError e) {
            return unreadable(name, MemoryNeed.ranOut(runtime.maxMemory()));
        } catch (IOException e) {
            return unreadable(name, "cannot read the file: " + e.getMessage());
        }
    }

    private LoadResult read(InputStream in, String fileName, long size, DatasetSink sink, LoadMonitor monitor,
                            ReadLimits limits) {
        ProblemLog log = new ProblemLog(fileName);
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        CountingInputStream counted = new CountingInputStream(buffered, 0, 1 << 20, read -> {
            if (monitor.isCancelled()) {
                throw new LoadCancelledException();
            }
            monitor.bytesRead(read, size);
        });
        InputStream json;
        try {
            boolean gzip = isGzip(buffered);
            json = gzip ? new BufferedInputStream(gunzipped(counted, size), 1 << 16) : counted;
            // The encoding is the JSON's, inside the gzip stream when there is one.
            Optional<String> encoding = JsonEncoding.problem(gzip ? json : buffered);
            if (encoding.isPresent()) {
                return unreadable(fileName, encoding.get());
            }
        } catch (IOException e) {
            return unreadable(fileName, "cannot read the file: " + e.getMessage());
        }
        DatasetReader reader = null;
        JsonLocation breakAt = null;
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonCursor cursor = new JsonCursor(FACTORY, parser, log, limits);
            reader = new DatasetReader(cursor, sink);
            try {
                reader.read();
            } catch (StreamConstraintsException e) {
                breakAt = parser.currentLocation();
                log.error(breakAt, pathOf(parser), "value too large for a safe load: " + limitExceeded(e));
            } catch (StreamReadException e) {
                breakAt = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                log.error(breakAt, pathOf(parser), "malformed JSON: " + e.getOriginalMessage());
            } catch (TooManyForwardReferences e) {
                breakAt = parser.currentLocation();
                log.error(breakAt, pathOf(parser), e.getMessage());
            }
        } catch (IOException e) {
            // A broken character (a cut multi-byte sequence) or a failing disk: said where reading stopped.
            log.error(breakAt, "", "cannot read the file: " + e.getMessage());
        }
        monitor.bytesRead(counted.bytesRead(), size);
        int skipped = 0;
        if (reader != null) {
            reader.finish();
            skipped = reader.skippedRecords();
            if (breakAt != null && mode == LoadMode.LENIENT) {
                log.warning(breakAt, "", "reading stopped here: the " + reader.keptRecords()
                        + " valid records before this point are kept, the rest of the file is not loaded");
            }
        }
        return new LoadResult(null, log.problems(), log.errorCount(), log.warningCount(), skipped);
    }

    /**
     * The JSON inside a gzip stream of {@code size} bytes, refused past {@value #MAX_GZIP_RATIO} times that
     * (JSON compresses some ten times) or {@value #MIN_GUNZIPPED_MIB} MiB, whichever is more: a stream
     * feeds a store, which would otherwise fill the disk with a gzip bomb. A size not known sets no limit.
     */
    private static InputStream gunzipped(InputStream in, long size) throws IOException {
        InputStream text = new GZIPInputStream(in, 1 << 16);
        if (size < 0) {
            return text;
        }
        long limit = Math.max((long) MIN_GUNZIPPED_MIB << 20, MAX_GZIP_RATIO * size);
        return new ExpansionLimit(text, limit, "the gzip stream expands past " + (limit >> 20) + " MiB, over "
                + MAX_GZIP_RATIO + " times the file's size, as a gzip bomb does");
    }

    /** Whether the stream starts with the two bytes of a gzip header; it is left where it was. */
    private static boolean isGzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b;
    }

    /** Says which guard limit was hit in the file's terms, not the parser's. */
    private static String limitExceeded(StreamConstraintsException e) {
        String detail = String.valueOf(e.getOriginalMessage());
        if (detail.startsWith("Document nesting depth")) {
            return "values nested deeper than " + MAX_NESTING_DEPTH + " levels";
        }
        if (detail.startsWith("String value length")) {
            return "a string longer than " + MAX_STRING_LENGTH + " characters";
        }
        if (detail.startsWith("Number value length")) {
            return "a number longer than " + MAX_NUMBER_LENGTH + " digits";
        }
        if (detail.startsWith("Name length")) {
            return "a field name longer than " + MAX_NAME_LENGTH + " characters";
        }
        return detail;
    }

    private static String pathOf(JsonParser parser) {
        return parser.getParsingContext() == null ? "" : parser.getParsingContext().pathAsPointer().toString();
    }

    /** A load that read nothing: one error, at the file's start. */
    public static LoadResult unreadable(String file, String message) {
        ProblemLog log = new ProblemLog(file);
        log.error(null, "", message);
        return new LoadResult(null, log.problems(), 1, 0, 0);
    }
}
