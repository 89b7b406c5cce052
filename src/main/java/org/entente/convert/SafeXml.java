package org.entente.convert;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.entente.text.ProblemText;

/**
 * Opens XML for importers with DTDs and external entities switched off, so that a file can neither make
 * the parser fetch anything (a local file, a URL) nor expand entities into more text than it holds. The
 * JDK's secure-processing limits stay in force; a reader refuses any file whose DOCTYPE it meets.
 */
final class SafeXml {
    private static final XMLInputFactory FACTORY = factory();

    private SafeXml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resource \"" + ProblemText.quote(String.valueOf(systemId)) + "\" refused");
        });
        return factory;
    }

    /**
     * A pull parser over {@code in}, read as UTF-8 (a byte-order mark is skipped), which stays open until the
     * caller closes it. The text is decoded here rather than by the parser: the JDK's parser, meeting bytes
     * that are not UTF-8, prints a "[Fatal Error]" line of its own on the standard error before it throws,
     * so a user of the command line would read the problem twice, once with no file or line.
     */
    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        Reader text = new Utf8Text(in);
        synchronized (FACTORY) {
            return FACTORY.createXMLStreamReader(text);
        }
    }

    /**
     * Bytes that are not UTF-8, on the line that holds them: the parser reads ahead, so its own location is
     * the line it had reached. (The decoder's message is "Input length = 1".)
     */
    static final class NotUtf8 extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final long line;

        NotUtf8(long line) {
            this.line = line;
        }

        long line() {
            return line;
        }

        /** The bytes that were not UTF-8 behind a parser's exception, or null. */
        static NotUtf8 in(XMLStreamException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof NotUtf8 notUtf8) {
                    return notUtf8;
                }
                if (cause instanceof XMLStreamException xml && xml.getNestedException() instanceof NotUtf8 notUtf8) {
                    return notUtf8;
                }
            }
            return null;
        }

        @Override
        public String getMessage() {
            return "bytes that are not UTF-8 text (the files are read as UTF-8)";
        }
    }

    /**
     * UTF-8 text that says so when a byte sequence is not UTF-8, rather than replacing it: the text before
     * the sequence is passed on first, counted by lines, so that the problem names the line that holds it.
     */
    private static final class Utf8Text extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
        private final CharBuffer chars = CharBuffer.allocate(8192).flip();
        private boolean started;
        private boolean ended;
        private boolean malformed;
        /** The line ends passed on so far. */
        private long newlines;

        Utf8Text(InputStream in) {
            this.in = in;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            while (!chars.hasRemaining()) {
                if (malformed) {
                    throw new NotUtf8(newlines + 1);
                }
                if (ended) {
                    return -1;
                }
                decodeMore();
            }
            int n = Math.min(length, chars.remaining());
            chars.get(buffer, offset, n);
            for (int i = offset; i < offset + n; i++) {
                if (buffer[i] == '\n') {
                    newlines++;
                }
            }
            return n;
        }

        private void decodeMore() throws IOException {
            bytes.compact();
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read > 0) {
                bytes.position(bytes.position() + read);
            }
            bytes.flip();
            ended = read < 0;
            chars.clear();
            CoderResult result = decoder.decode(bytes, chars, ended);
            if (ended && !result.isError()) {
                result = decoder.flush(chars);
            }
            malformed = result.isError();
            chars.flip();
            if (!started && chars.hasRemaining()) {
                started = true;
                if (chars.get(chars.position()) == '\uFEFF') {
                    chars.get();
                }
            }
        }

        /** Leaves the stream open: whoever opened it closes it. */
        @Override
        public void close() {
            ended = true;
        }
    }
}
