package org.entente.export;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.entente.files.TempFiles;

/**
 * Writes a file so that readers only ever see the old content or the complete new one: the content goes
 * to a temporary file beside the target (same directory, so the same file system), is forced to disk,
 * and is then renamed over the target. When anything fails the temporary file is deleted and the target
 * is left as it was; when the run is killed, the next run deletes it (see {@link TempFiles}).
 */
public final class AtomicFile {
    private static final int BUFFER_BYTES = 1 << 16;

    private AtomicFile() {
    }

    /**
     * Fills {@code target} through {@code content}, which gets a buffered stream; it may close the stream or
     * leave it open. Any exception from {@code content}, checked or not, leaves the target untouched.
     */
    public static void write(Path target, IOConsumer<OutputStream> content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = createTemp(dir, target.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES);
                content.accept(new UnclosableStream(out));
                out.flush();
                channel.force(true);
            }
            replace(temp, target);
            TempFiles.done(temp);
        } catch (Throwable failure) {
            try {
                TempFiles.delete(temp);
            } catch (IOException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
    }

    /**
     * A fresh, hidden file with default permissions ({@code Files.createTempFile} would make it readable by
     * the owner only, and the exported file would keep that after the rename), entered in the ledger of
     * temporary files so that a run killed before the rename leaves nothing once the next run starts.
     */
    private static Path createTemp(Path dir, String name) throws IOException {
        return TempFiles.create(dir, "." + name + ".", ".tmp");
    }

    private static void replace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Lets writers such as Jackson's generators close what they were given without closing the file
     * before it is forced to disk.
     */
    private static final class UnclosableStream extends FilterOutputStream {
        UnclosableStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
