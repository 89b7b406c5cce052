package org.entente.convert;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.entente.io.DatasetLoader;

/**
 * Reads the records of one Office of the Historian XML file with a pull parser: {@code <trips><trip>…}
 * or {@code <visits><visit>…}. Its code table of travel roles ({@code <code-table>}) holds no records and
 * is passed over. Elements it does not know are skipped without being kept in memory, so the work is
 * linear in the file's size however deeply it nests, and a value longer than a dataset may hold is
 * measured, not stored. A file with a DOCTYPE is refused before anything in it is read.
 */
final class HistorianReader {
    /**
     * The longest value kept: a quarter of the longest string a dataset may hold, so that a title or an id
     * made of a value and a few words still loads.
     */
    static final int MAX_VALUE = DatasetLoader.MAX_STRING_LENGTH / 4;

    private final Path file;
    private final String fileName;
    private final ProblemList problems;
    private final Runnable betweenRecords;

    /** {@code betweenRecords} runs before each record: the importer checks there for a cancelled import. */
    HistorianReader(Path file, String fileName, ProblemList problems, Runnable betweenRecords) {
        this.file = file;
        this.fileName = fileName;
        this.problems = problems;
        this.betweenRecords = betweenRecords;
    }

    void read(InputStream in, Consumer<HistorianRecord> records) {
        XMLStreamReader xml = null;
        try {
            xml = SafeXml.open(in);
            readDocument(xml, records);
        } catch (XMLStreamException e) {
            SafeXml.NotUtf8 notUtf8 = SafeXml.NotUtf8.in(e);
            problems.add(file, notUtf8 != null ? notUtf8.line() : line(e.getLocation()), "malformed XML: "
                    + parserMessage(e) + "; the rest of the file was skipped");
        } finally {
            close(xml);
        }
    }

    private void readDocument(XMLStreamReader xml, Consumer<HistorianRecord> records) throws XMLStreamException {
        HistorianRecord.Type type = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                problems.add(file, line(xml.getLocation()), "the file has a DOCTYPE: DTDs and entities are never"
                        + " read (they could fetch files or expand without end), so the file was refused");
                return;
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                problems.add(file, line(xml.getLocation()), "the entity &" + xml.getLocalName()
                        + "; is not one of XML's own; entities are never expanded, so the rest of the file was refused");
                return;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (type == null) {
                type = rootType(xml);
                if (type == null) {
                    return;
                }
            } else if (xml.getLocalName().equals(type.element)) {
                betweenRecords.run();
                records.accept(readRecord(xml, type));
            } else {
                problems.add(file, line(xml.getLocation()), "unexpected element <" + xml.getLocalName() + "> in <"
                        + type.root + ">; it was skipped");
                skipElement(xml);
            }
        }
    }

    /** The kind of file its root element names, or null (after saying why) when it holds no records. */
    private HistorianRecord.Type rootType(XMLStreamReader xml) {
        String root = xml.getLocalName();
        for (HistorianRecord.Type type : HistorianRecord.Type.values()) {
            if (type.root.equals(root)) {
                return type;
            }
        }
        if (!root.equals("code-table")) {
            problems.add(file, line(xml.getLocation()), "not an Office of the Historian file: the root element is <"
                    + root + ">, expected <trips> or <visits>; the file was skipped");
        }
        return null;
    }

    private HistorianRecord readRecord(XMLStreamReader xml, HistorianRecord.Type type) throws XMLStreamException {
        long line = line(xml.getLocation());
        Map<String, String> values = new HashMap<>();
        Set<String> tooLong = new HashSet<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            keep("@" + xml.getAttributeLocalName(i), xml.getAttributeValue(i), values, tooLong);
        }
        while (xml.next() != XMLStreamConstants.END_ELEMENT) {
            if (xml.getEventType() == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (values.containsKey(name)) {
                    problems.add(file, line(xml.getLocation()), "a second <" + name + "> in the " + type.element
                            + " of line " + line + "; only the first was kept");
                    skipElement(xml);
                    continue;
                }
                keep(name + "/id", xml.getAttributeValue(null, "id"), values, tooLong);
                keep(name, text(xml), values, tooLong);
            } else if (xml.getEventType() == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XMLStreamException("the entity &" + xml.getLocalName() + "; is not defined", xml.getLocation());
            }
        }
        return new HistorianRecord(type, file, fileName, line, values, tooLong);
    }

    private static void keep(String name, String value, Map<String, String> values, Set<String> tooLong) {
        if (value == null) {
            return;
        }
        if (value.length() > MAX_VALUE) {
            tooLong.add(name);
            return;
        }
        String collapsed = value.replaceAll("\\s+", " ").strip();
        if (!collapsed.isEmpty()) {
            values.put(name, collapsed);
        }
    }

    /**
     * The text of the element the reader is on, nested elements' text included, up to one character more
     * than a dataset may hold (enough to know it is too long); the reader ends on the element's end tag.
     */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        for (int depth = 1; depth > 0; ) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    int room = MAX_VALUE + 1 - text.length();
                    if (room > 0) {
                        text.append(xml.getTextCharacters(), xml.getTextStart(), Math.min(room, xml.getTextLength()));
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new XMLStreamException("the entity &" + xml.getLocalName() + "; is not defined",
                                xml.getLocation());
                default -> {
                }
            }
        }
        return text.toString();
    }

    private static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static long line(Location location) {
        return location == null ? 0 : Math.max(0, location.getLineNumber());
    }

    /**
     * The parser's own explanation, without the "ParseError at [row,col]" it starts with (the problem has
     * the line); {@link ImportProblem} keeps it on one short line.
     */
    private static String parserMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int start = message.indexOf("Message: ");
        return (start >= 0 ? message.substring(start + "Message: ".length()) : message).replaceAll("\\s+", " ")
                .replaceFirst("\\.$", "").strip();
    }

    private static void close(XMLStreamReader xml) {
        if (xml == null) {
            return;
        }
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // nothing was written; the stream itself is closed by the caller
        }
    }
}
