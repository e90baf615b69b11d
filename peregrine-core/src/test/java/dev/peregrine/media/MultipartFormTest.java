package dev.peregrine.media;

import static dev.peregrine.media.FormBodies.BOUNDARY;
import static dev.peregrine.media.FormBodies.EXAMPLE;
import static dev.peregrine.media.FormBodies.bytes;
import static dev.peregrine.media.FormBodies.namesAndContents;
import static dev.peregrine.media.FormBodies.parse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipartFormTest {

    private static final List<String> EXAMPLE_PARTS = List.of(
            "hello=world",
            "document={\"debug\": true, \"message\": \"Hello, world!\", \"score\": 7}",
            "file1=Hello, world!\n");

    @Test
    void textFieldsAndAFileAreReadWithTheirNamesTypesAndContents() throws IOException {
        MultipartForm form = parse(EXAMPLE);

        BodyPart hello = form.next();
        assertEquals("hello", hello.name());
        assertNull(hello.filename());
        assertEquals("text/plain", hello.contentType());
        assertEquals("world", hello.text());

        BodyPart document = form.next();
        assertEquals("document", document.name());
        assertEquals("application/json", document.contentType());
        assertEquals("{\"debug\": true, \"message\": \"Hello, world!\", \"score\": 7}",
                new String(document.data(), StandardCharsets.UTF_8));

        BodyPart file = form.next();
        assertEquals("file1", file.name());
        assertEquals("test.txt", file.filename());
        assertEquals("test.txt", file.secureFilename());
        assertEquals("text/plain", file.contentType());
        assertEquals("Hello, world!\n", file.text());

        assertNull(form.next());
    }

    @Test
    void nextKeepsReturningNullAfterTheLastPart() throws IOException {
        MultipartForm form = parse(EXAMPLE);
        namesAndContents(form);

        assertNull(form.next());
        assertNull(form.next());
    }

    @Test
    void forEachLoopYieldsEveryPartInOrder() throws IOException {
        List<String> seen = new ArrayList<>();
        for (BodyPart part : parse(EXAMPLE)) {
            seen.add(part.name() + "=" + new String(part.data(), StandardCharsets.UTF_8));
        }

        assertEquals(EXAMPLE_PARTS, seen);
    }

    @Test
    void iteratingTwiceIsAnError() {
        MultipartForm form = parse(EXAMPLE);
        form.iterator();

        IllegalStateException error = assertThrows(IllegalStateException.class, form::iterator);
        assertEquals("a multipart form can be iterated only once: its parts are read from the request body as they arrive",
                error.getMessage());
    }

    @Test
    void preambleBeforeTheFirstDelimiterIsIgnored() throws IOException {
        String form = "This is a preamble.\r\nIt says nothing.\r\n" + EXAMPLE;

        assertEquals(EXAMPLE_PARTS, namesAndContents(parse(form)));
    }

    @Test
    void epilogueAfterTheCloseDelimiterIsIgnored() throws IOException {
        String form = EXAMPLE + "An epilogue, with a fake delimiter:\r\n--" + BOUNDARY + "\r\n";

        assertEquals(EXAMPLE_PARTS, namesAndContents(parse(form)));
    }

    @Test
    void closeDelimiterWithoutTrailingLineBreakEndsTheForm() throws IOException {
        String form = EXAMPLE.substring(0, EXAMPLE.length() - 2);

        assertEquals(EXAMPLE_PARTS, namesAndContents(parse(form)));
    }

    @Test
    void transportPaddingAfterADelimiterIsAllowed() throws IOException {
        String form = "--" + BOUNDARY + " \t \r\n"
                + "Content-Disposition: form-data; name=\"a\"\r\n\r\n"
                + "1\r\n--" + BOUNDARY + "--";

        assertEquals(List.of("a=1"), namesAndContents(parse(form)));
    }

    @Test
    void boundaryLikeTextInsideContentIsContent() throws IOException {
        String content = "--" + BOUNDARY + " at a line start without CRLF\r\n"
                + "\r\n--" + BOUNDARY.substring(0, BOUNDARY.length() - 1) + "\r\n"
                + "\r\r\n\n-\r\n--\r\n-" + BOUNDARY + "\r";
        String form = FormBodies.onePart("Content-Disposition: form-data; name=\"tricky\"\r\n", content);

        assertEquals(List.of("tricky=" + content), namesAndContents(parse(form)));
    }

    @Test
    void partsSplitIntoOneByteReadsParseTheSame() throws IOException {
        MultipartForm form = FormBodies.parse(new ChunkedInputStream(bytes(EXAMPLE), 1));

        assertEquals(EXAMPLE_PARTS, namesAndContents(form));
    }

    @Test
    void partsSplitIntoOddSizedReadsParseTheSame() throws IOException {
        MultipartForm form = FormBodies.parse(new ChunkedInputStream(bytes(EXAMPLE), 7, 3, 13, 1, 37, 2));

        assertEquals(EXAMPLE_PARTS, namesAndContents(form));
    }

    @Test
    void everySplitPointOfTheBodyParsesTheSame() throws IOException {
        byte[] body = bytes(EXAMPLE);
        for (int first = 1; first < body.length; first++) {
            MultipartForm form = FormBodies.parse(new ChunkedInputStream(body, first, body.length));

            assertEquals(EXAMPLE_PARTS, namesAndContents(form), "split after byte " + first);
        }
    }

    @Test
    void partsReadByteByByteFromTheirStreamKeepTheirContent() throws IOException {
        MultipartForm form = FormBodies.parse(new ChunkedInputStream(bytes(EXAMPLE), 5));
        List<String> contents = new ArrayList<>();
        for (BodyPart part = form.next(); part != null; part = form.next()) {
            StringBuilder content = new StringBuilder();
            for (int b = part.stream().read(); b >= 0; b = part.stream().read()) {
                content.append((char) b);
            }
            contents.add(content.toString());
        }

        assertEquals(List.of("world", "{\"debug\": true, \"message\": \"Hello, world!\", \"score\": 7}",
                "Hello, world!\n"), contents);
    }

    @Test
    void movingOnSkipsTheUnreadRestOfAPart() throws IOException {
        MultipartForm form = parse(EXAMPLE);
        form.next();
        BodyPart document = form.next();
        byte[] start = document.stream().readNBytes(9);

        BodyPart file = form.next();

        assertEquals("{\"debug\":", new String(start, StandardCharsets.UTF_8));
        assertEquals("file1", file.name());
        assertEquals("Hello, world!\n", file.text());
    }

    @Test
    void readingASkippedPartAfterMovingOnIsAnError() throws IOException {
        MultipartForm form = parse(EXAMPLE);
        BodyPart hello = form.next();
        form.next();

        IllegalStateException error = assertThrows(IllegalStateException.class, () -> hello.stream().read());
        assertEquals("body part \"hello\" was skipped: read a part before moving on to the next one",
                error.getMessage());
    }

    @Test
    void aPartReadToItsEndStaysAtItsEndAfterMovingOn() throws IOException {
        MultipartForm form = parse(EXAMPLE);
        BodyPart hello = form.next();
        assertArrayEquals(bytes("world"), hello.stream().readAllBytes());
        form.next();

        assertEquals(-1, hello.stream().read());
        assertEquals(0, hello.data().length);
    }

    @Test
    void dataAfterMovingOnIsStillTheBufferedContent() throws IOException {
        MultipartForm form = parse(EXAMPLE);
        BodyPart hello = form.next();
        byte[] data = hello.data();
        form.next();

        assertArrayEquals(bytes("world"), hello.data());
        assertSame(data, hello.data());
    }

    @Test
    void partWithoutHeadersIsPlainTextWithoutAName() throws IOException {
        String form = "--" + BOUNDARY + "\r\n\r\nno headers\r\n--" + BOUNDARY + "--\r\n";
        BodyPart part = FormBodies.firstPart(form);

        assertNull(part.name());
        assertEquals("text/plain", part.contentType());
        assertEquals("no headers", part.text());
    }

    @Test
    void emptyContentIsAnEmptyPart() throws IOException {
        String form = FormBodies.onePart("Content-Disposition: form-data; name=\"empty\"\r\n", "");

        assertEquals(List.of("empty="), namesAndContents(parse(form)));
    }

    @Test
    void formWithOnlyTheCloseDelimiterHasNoParts() throws IOException {
        assertNull(parse("--" + BOUNDARY + "--\r\n").next());
    }

    @Test
    void binaryContentWithEveryByteValueIsKept() throws IOException {
        byte[] content = new byte[256 * 4];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) i;
        }
        String form = FormBodies.onePart("Content-Disposition: form-data; name=\"bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n", new String(content, StandardCharsets.ISO_8859_1));

        BodyPart part = FormBodies.parse(new ChunkedInputStream(bytes(form), 3, 250)).next();

        assertArrayEquals(content, part.data());
    }

    @Test
    void bodyIsNotReadUntilTheFirstPartIsAskedFor() {
        ByteArrayInputStream body = new ByteArrayInputStream(bytes(EXAMPLE));

        FormBodies.parse(body);

        assertEquals(EXAMPLE.length(), body.available());
    }
}
