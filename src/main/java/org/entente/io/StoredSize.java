package org.entente.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The size of the JSON a dataset file holds, which for a gzip file ({@code .json.gz}) is not its size on
 * disk: gzip ends with the uncompressed size modulo 2<sup>32</sup> (ISIZE, RFC 1952), read here without
 * inflating anything. The memory a file needs is weighed on this size.
 */
final class StoredSize {
    private StoredSize() {
    }

    /**
     * The bytes of JSON in the file: its size, or for a gzip file the larger of its size and its ISIZE (a
     * member of 4 GiB or more wraps around, and then the file's own size is the better lower bound).
     */
    static long ofJson(Path file, long fileSize) throws IOException {
        if (fileSize < 18) {
            return fileSize;
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            ByteBuffer head = ByteBuffer.allocate(2);
            channel.read(head);
            if ((head.get(0) & 0xFF) != 0x1f || (head.get(1) & 0xFF) != 0x8b) {
                return fileSize;
            }
            ByteBuffer tail = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
            channel.position(fileSize - 4);
            while (tail.hasRemaining() && channel.read(tail) >= 0) {
                // a channel may return fewer bytes than asked
            }
            return Math.max(fileSize, Integer.toUnsignedLong(tail.getInt(0)));
        }
    }
}
