package dev.hindsight.testing;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An XML file of the built site, parsed by the JDK's parser after validating it against a schema. */
public record XmlFile(Document document) {

    /**
     * Parses {@code xml}, failing with the validator's message when it does not match the schema.
     *
     * @param schema a schema in {@code src/test/resources/schemas/}, such as {@code atom.xsd}
     */
    public static XmlFile validated(String xml, String schema) {
        try {
            URL resource = Objects.requireNonNull(XmlFile.class.getResource("/schemas/" + schema), schema);
            Schema compiled = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(resource);
            compiled.newValidator().validate(new StreamSource(new ByteArrayInputStream(bytes(xml))));
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return new XmlFile(factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes(xml))));
        } catch (SAXException e) {
            throw new AssertionError("not valid per " + schema + ": " + e.getMessage() + "\n" + xml, e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The elements of this name anywhere below {@code parent}, in document order. */
    public static List<Element> all(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS("*", name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The child elements of this name, in order. */
    public static List<Element> children(Element parent, String name) {
        return all(parent, name).stream().filter(e -> e.getParentNode() == parent).toList();
    }

    /** The text of each child element of this name. */
    public static List<String> texts(Element parent, String name) {
        return children(parent, name).stream().map(Element::getTextContent).toList();
    }

    public Element root() {
        return document.getDocumentElement();
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
