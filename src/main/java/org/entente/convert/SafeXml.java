package org.entente.convert;

import java.io.InputStream;
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

    /** A pull parser over {@code in}, which stays open until the caller closes it. */
    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        synchronized (FACTORY) {
            return FACTORY.createXMLStreamReader(in);
        }
    }
}
