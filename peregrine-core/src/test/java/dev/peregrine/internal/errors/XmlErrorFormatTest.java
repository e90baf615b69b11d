package dev.peregrine.internal.errors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.peregrine.errors.HttpError;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class XmlErrorFormatTest {

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private static String rendered(HttpError error) {
        return new String(XmlErrorFormat.render(error), StandardCharsets.UTF_8);
    }

    private static Element parsed(HttpError error) throws Exception {
        Document document = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(XmlErrorFormat.render(error)));
        return document.getDocumentElement();
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent();
    }

    private static List<String> childNames(Element parent) {
        List<String> names = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            names.add(child.getNodeName());
        }
        return names;
    }

    @Test
    void titleOnlyErrorMatchesFalconsBytes() {
        byte[] expected = (DECLARATION + "<error><title>404 Not Found</title></error>").getBytes(StandardCharsets.UTF_8);

        assertArrayEquals(expected, XmlErrorFormat.render(new HttpError(404)));
    }

    @Test
    void fullErrorHasEveryElementInFalconsOrder() {
        HttpError error = new HttpError(404).description("nope").code(42).href("http://x/é");

        assertEquals(DECLARATION + "<error><title>404 Not Found</title><description>nope</description>"
                + "<code>42</code><link><text>Documentation related to this error</text>"
                + "<href>http://x/%C3%A9</href><rel>help</rel></link></error>", rendered(error));
    }

    @Test
    void elementsFollowTheKeysOfToMap() throws Exception {
        Element root = parsed(new HttpError(409, "Conflict", null).code("E-17"));

        assertEquals("error", root.getNodeName());
        assertEquals(List.of("title", "code"), childNames(root));
        assertEquals("E-17", text(root, "code"));
    }

    @Test
    void markupCharactersAreEscapedAndSurviveParsing() throws Exception {
        String nasty = "a<b>&c\"d'e</title>";
        Element root = parsed(new HttpError(400, nasty, null));

        assertEquals(nasty, text(root, "title"));
        assertEquals(DECLARATION + "<error><title>a&lt;b&gt;&amp;c\"d'e&lt;/title&gt;</title></error>",
                rendered(new HttpError(400, nasty, null)));
    }

    @Test
    void nonAsciiIsWrittenAsUtf8() throws Exception {
        String text = "Größe – 日本 😀";
        HttpError error = new HttpError(400, "t", text);

        assertEquals(text, text(parsed(error), "description"));
        assertEquals(DECLARATION + "<error><title>t</title><description>" + text + "</description></error>",
                rendered(error));
    }

    @Test
    void controlCharactersBecomeReplacementCharacters() throws Exception {
        HttpError error = new HttpError(400, "t", "a\u0000b\u0001c\u001Fd\u000Be");

        assertEquals("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe", text(parsed(error), "description"));
    }

    @Test
    void tabAndLineFeedAreKept() throws Exception {
        HttpError error = new HttpError(400, "t", "a\tb\nc");

        assertEquals("a\tb\nc", text(parsed(error), "description"));
    }

    @Test
    void loneSurrogatesAndNonCharactersBecomeReplacementCharacters() throws Exception {
        HttpError error = new HttpError(400, "t", "x\uD800y\uDC00z\uFFFE\uFFFF😀\uD83D");

        assertEquals("x\uFFFDy\uFFFDz\uFFFD\uFFFD😀\uFFFD", text(parsed(error), "description"));
    }

    @Test
    void linkTextAndHrefAreEscaped() throws Exception {
        Element link = (Element) parsed(new HttpError(400).href("http://x/?a=1&b=2", "Q&A <faq>"))
                .getElementsByTagName("link").item(0);

        assertEquals(List.of("text", "href", "rel"), childNames(link));
        assertEquals("Q&A <faq>", text(link, "text"));
        assertEquals("http://x/?a=1&b=2", text(link, "href"));
        assertEquals("help", text(link, "rel"));
    }

    @Test
    void cleanTextIsNotCopied() {
        String clean = "Nothing to replace here, not even é or 😀";

        assertSame(clean, XmlErrorFormat.xmlSafe(clean));
    }
}
