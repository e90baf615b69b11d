package dev.peregrine.media;

import static dev.peregrine.media.FormBodies.BOUNDARY;
import static dev.peregrine.media.FormBodies.EXAMPLE;
import static dev.peregrine.media.FormBodies.namesAndContents;
import static dev.peregrine.media.FormBodies.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.peregrine.errors.MultipartParseError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MalformedMultipartTest {

    private static final String NEVER_CLOSED =
            "unexpected end of form: the close delimiter --" + BOUNDARY + "-- was never found";

    private static String descriptionOfFailure(String form) {
        MultipartParseError error = assertThrows(MultipartParseError.class, () -> namesAndContents(parse(form)));
        return error.description();
    }

    @Test
    void bodyEndingInsideAPartIsTruncated() {
        String form = EXAMPLE.substring(0, EXAMPLE.indexOf("Hello, world!") + 5);

        assertEquals(NEVER_CLOSED, descriptionOfFailure(form));
    }

    @Test
    void bodyEndingInsideTheCloseDelimiterIsTruncated() {
        for (int cut = 3; cut <= 6; cut++) {
            String form = EXAMPLE.substring(0, EXAMPLE.length() - cut);

            assertEquals(NEVER_CLOSED, descriptionOfFailure(form), "cut " + cut + " bytes");
        }
    }

    @Test
    void bodyEndingInsidePartHeadersIsTruncated() {
        String form = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\"\r\n";

        assertEquals("unexpected end of form in the headers of body part 1", descriptionOfFailure(form));
    }

    @Test
    void bodyEndingRightAfterADelimiterIsTruncated() {
        assertEquals(NEVER_CLOSED, descriptionOfFailure("--" + BOUNDARY));
    }

    @Test
    void truncatedPartFailsWhileItsStreamIsReadNotSilently() throws IOException {
        String form = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\npartial cont";
        BodyPart part = parse(form).next();
        InputStream stream = part.stream();

        MultipartParseError error = assertThrows(MultipartParseError.class, stream::readAllBytes);
        assertEquals(NEVER_CLOSED, error.description());
    }

    @Test
    void bodyWithoutAnyDelimiterSaysTheBoundaryWasNotFound() {
        assertEquals("no delimiter --" + BOUNDARY + " found in the body: is the body empty, or is the boundary parameter wrong?",
                descriptionOfFailure("name=value&other=thing"));
    }

    @Test
    void emptyBodySaysTheBoundaryWasNotFound() {
        assertEquals("no delimiter --" + BOUNDARY + " found in the body: is the body empty, or is the boundary parameter wrong?",
                descriptionOfFailure(""));
    }

    @Test
    void delimiterFollowedByOtherTextIsUnexpectedStructure() {
        String form = EXAMPLE.substring(0, EXAMPLE.length() - 4) + "__\r\n";

        assertEquals("unexpected form structure: the delimiter --" + BOUNDARY
                + " must be followed by a line break, or by -- to end the form", descriptionOfFailure(form));
    }

    @Test
    void contentTransferEncodingOtherThanIdentityIsRejected() {
        String form = FormBodies.onePart("Content-Disposition: form-data; name=\"file\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n", "UGVyZWdyaW5l");

        assertEquals("body part 1 has Content-Transfer-Encoding: base64, which multipart/form-data does not support",
                descriptionOfFailure(form));
    }

    @Test
    void binaryContentTransferEncodingIsAccepted() throws IOException {
        String form = FormBodies.onePart("Content-Disposition: form-data; name=\"file\"\r\n"
                + "Content-Transfer-Encoding: binary\r\n", "raw");

        assertEquals(List.of("file=raw"), namesAndContents(parse(form)));
    }

    @Test
    void headerValueThatIsNotUtf8IsRejected() {
        String form = FormBodies.onePart("Content-Disposition: form-data; name=\"f\"; filename=\"\u00ff.txt\"\r\n", "x");

        assertEquals("the Content-Disposition header of body part 1 is not valid utf-8 text", descriptionOfFailure(form));
    }

    @Test
    void boundaryLongerThanSeventyCharactersIsRejected() {
        MultipartParseError error = assertThrows(MultipartParseError.class,
                () -> MultipartForm.parse(InputStream.nullInputStream(), "b".repeat(71), new MultipartOptions()));

        assertEquals("the boundary parameter must be 1 to 70 printable ASCII characters", error.description());
    }

    @Test
    void emptyBoundaryIsRejected() {
        assertThrows(MultipartParseError.class,
                () -> MultipartForm.parse(InputStream.nullInputStream(), "", new MultipartOptions()));
    }

    @Test
    void afterAParseErrorTheFormKeepsFailingWithTheSameError() throws IOException {
        MultipartForm form = parse(EXAMPLE.substring(0, 60));
        MultipartParseError first = assertThrows(MultipartParseError.class, () -> namesAndContents(form));

        assertSame(first, assertThrows(MultipartParseError.class, form::next));
    }

    @Test
    void ioErrorsFromTheBodyPropagate() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        MultipartForm form = FormBodies.parse(failing);

        IOException error = assertThrows(IOException.class, form::next);
        assertEquals("connection reset", error.getMessage());
    }

    @Test
    void ioErrorsDuringIterationBecomeUnchecked() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        MultipartForm form = FormBodies.parse(failing);

        UncheckedIOException error = assertThrows(UncheckedIOException.class, () -> form.iterator().hasNext());
        assertEquals("connection reset", error.getCause().getMessage());
    }
}
