package org.entente.export;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.entente.network.SeedGraphs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/**
 * The GEXF export checked against the official GEXF 1.3 schema (src/test/resources/gexf-1.3, from
 * gephi/gexf), with the JDK's validator, which reads nothing from the network.
 */
class GexfSchemaTest {
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        schema = factory.newSchema(GexfSchemaTest.class.getResource("/gexf-1.3/gexf.xsd"));
    }

    private static void validate(Path file) throws IOException, SAXException {
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(file.toFile()));
    }

    @Test
    void theSeedsGraphIsValidGexf13(@TempDir Path dir) throws IOException, SAXException {
        Path file = dir.resolve("seed.gexf");
        GexfWriter.write(SeedGraphs.shown(), file);
        validate(file);
    }

    @Test
    void aGraphOfHostileTextIsValidGexf13(@TempDir Path dir) throws IOException, SAXException {
        Path file = dir.resolve("hostile.gexf");
        GexfWriter.write(GraphFiles.hostile(), file);
        validate(file);
    }

    /** The schema is no formality: a file that breaks it is refused. */
    @Test
    void aFileThatBreaksTheSchemaIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.gexf");
        GexfWriter.write(GraphFiles.hostile(), file);
        Files.writeString(file, Files.readString(file).replace("timeformat=\"dateTime\"", "timeformat=\"datetime\""));
        assertThrows(SAXException.class, () -> validate(file));
    }
}
