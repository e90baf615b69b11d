package dev.peregrine.internal.errors;

import dev.peregrine.errors.HttpError;
import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Falcon's XML error body, for clients that prefer {@code application/xml} or {@code text/xml}:
 * {@snippet :
 * <?xml version="1.0" encoding="UTF-8"?><error><title>404 Not Found</title><code>42</code></error>
 * }
 * The elements are the keys of {@link HttpError#toMap()}, in the same order and present in the same
 * cases, with {@code link} holding {@code text}, {@code href} and {@code rel}.
 *
 * <p>Text is escaped by the JDK's StAX writer. Characters XML 1.0 cannot carry at all (control
 * characters other than tab, CR and LF, unpaired surrogates, U+FFFE and U+FFFF) become U+FFFD, so
 * the body always parses.
 */
public final class XmlErrorFormat {

    // PERF: finding a factory is costly; the JDK's factory hands out a fresh writer per call (its
    // instance reuse is off by default), so one factory serves every thread.
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private static final char REPLACEMENT = '\uFFFD';

    private XmlErrorFormat() {
    }

    /** The error as a UTF-8 XML document, in Falcon's element order. */
    public static byte[] render(HttpError error) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("error");
            element(xml, "title", error.title());
            if (error.description() != null) {
                element(xml, "description", error.description());
            }
            if (error.code() != null) {
                element(xml, "code", String.valueOf(error.code()));
            }
            if (error.href() != null) {
                xml.writeStartElement("link");
                element(xml, "text", error.hrefText());
                element(xml, "href", error.href());
                element(xml, "rel", "help");
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The JDK's XML writer failed on an in-memory stream", e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlSafe(text));
        xml.writeEndElement();
    }

    /** {@code text} with every character XML 1.0 cannot carry replaced by U+FFFD. */
    static String xmlSafe(String text) {
        int length = text.length();
        int i = 0;
        while (i < length && isXmlChar(text, i)) {
            i += Character.isHighSurrogate(text.charAt(i)) ? 2 : 1;
        }
        // PERF: error texts are almost always clean; return them without copying.
        if (i == length) {
            return text;
        }
        StringBuilder safe = new StringBuilder(length);
        safe.append(text, 0, i);
        while (i < length) {
            if (isXmlChar(text, i)) {
                int width = Character.isHighSurrogate(text.charAt(i)) ? 2 : 1;
                safe.append(text, i, i + width);
                i += width;
            } else {
                safe.append(REPLACEMENT);
                i++;
            }
        }
        return safe.toString();
    }

    /**
     * Whether the character at {@code index} is an XML 1.0 {@code Char}; a high surrogate counts
     * only when a low surrogate follows it, and then the pair is one character.
     */
    private static boolean isXmlChar(String text, int index) {
        char c = text.charAt(index);
        if (c >= 0x20 && c < Character.MIN_SURROGATE) {
            return true;
        }
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return false;
        }
        return c != '\uFFFE' && c != '\uFFFF';
    }
}
