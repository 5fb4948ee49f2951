package dev.hindsight.render;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.util.regex.Pattern;
import java.util.function.Consumer;

/**
 * An XML file written with the JDK's stream writer, which escapes every text and attribute, so that
 * nothing a postmortem says can change a feed's structure. Elements are indented, one per line, for
 * people reading the file.
 */
final class XmlDocument {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** Characters XML 1.0 cannot hold even escaped, such as U+0001, which YAML's "\x01" can write. */
    private static final Pattern ILLEGAL =
            Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private final XMLStreamWriter writer;
    private int depth;

    private XmlDocument(XMLStreamWriter writer) {
        this.writer = writer;
    }

    /** A UTF-8 document whose root element, in the namespace given, {@code content} fills. */
    static byte[] write(String root, String namespace, Consumer<XmlDocument> content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter writer = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeCharacters("\n");
            writer.writeStartElement(root);
            writer.writeDefaultNamespace(namespace);
            XmlDocument document = new XmlDocument(writer);
            document.depth = 1;
            content.accept(document);
            writer.writeCharacters("\n");
            writer.writeEndElement();
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Failed to write " + root + " XML", e);
        }
        return bytes.toByteArray();
    }

    /** An element holding other elements. */
    XmlDocument element(String name, Consumer<XmlDocument> children) {
        return run(() -> {
            indent();
            writer.writeStartElement(name);
            depth++;
            children.accept(this);
            depth--;
            indent();
            writer.writeEndElement();
        });
    }

    /** An element holding text. */
    XmlDocument text(String name, String text) {
        return run(() -> {
            indent();
            writer.writeStartElement(name);
            writer.writeCharacters(legal(text));
            writer.writeEndElement();
        });
    }

    /** An element with attributes only, given as name, value, name, value … */
    XmlDocument empty(String name, String... attributes) {
        return run(() -> {
            indent();
            writer.writeEmptyElement(name);
            for (int i = 0; i < attributes.length; i += 2) {
                writer.writeAttribute(attributes[i], legal(attributes[i + 1]));
            }
        });
    }

    /** The text with each character XML cannot hold replaced by U+FFFD, so that the file stays well-formed. */
    private static String legal(String text) {
        return ILLEGAL.matcher(text).replaceAll("\uFFFD");
    }

    private void indent() throws XMLStreamException {
        writer.writeCharacters("\n" + "  ".repeat(depth));
    }

    private XmlDocument run(XmlStep step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Failed to write XML", e);
        }
        return this;
    }

    private interface XmlStep {
        void run() throws XMLStreamException;
    }
}
