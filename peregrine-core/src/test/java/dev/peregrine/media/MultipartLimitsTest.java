package dev.peregrine.media;

import static dev.peregrine.media.FormBodies.BOUNDARY;
import static dev.peregrine.media.FormBodies.namesAndContents;
import static dev.peregrine.media.FormBodies.parse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.peregrine.errors.MultipartParseError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipartLimitsTest {

    // Falcon's header edge case: a 142-byte header block, with an ignored header and a junk line.
    private static final String HEADERS_OF_142_BYTES = FormBodies.onePart(""
            + "X-Falcon: Peregrine\r\n"
            + "Content-Type: application/vnd.oasis.opendocument.text\r\n"
            + "Junk\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=hd.txt\r\n",
            "No, it is not an ODT document...");

    private static String formOfParts(int count) {
        StringBuilder form = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            form.append("--").append(BOUNDARY).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"p").append(i).append("\"\r\n\r\n")
                    .append(i).append("\r\n");
        }
        return form.append("--").append(BOUNDARY).append("--\r\n").toString();
    }

    @Test
    void defaultsAreFalcons() {
        MultipartOptions options = new MultipartOptions();

        assertEquals(64, options.maxBodyPartCount());
        assertEquals(1024 * 1024, options.maxBodyPartBufferSize());
        assertEquals(8192, options.maxBodyPartHeadersSize());
        assertEquals("utf-8", options.defaultCharset());
    }

    @Test
    void formWithExactlyTheMaximumPartCountIsAccepted() throws IOException {
        List<String> parts = namesAndContents(parse(formOfParts(64)));

        assertEquals(64, parts.size());
        assertEquals("p64=64", parts.get(63));
    }

    @Test
    void formWithMorePartsThanTheMaximumFailsAtTheExtraPart() throws IOException {
        MultipartForm form = parse(formOfParts(6), new MultipartOptions().maxBodyPartCount(5));
        for (int i = 0; i < 5; i++) {
            form.next();
        }

        MultipartParseError error = assertThrows(MultipartParseError.class, form::next);
        assertEquals(400, error.status());
        assertEquals("Malformed multipart/form-data request media", error.title());
        assertEquals("more than 5 body parts (maxBodyPartCount)", error.description());
    }

    @Test
    void defaultPartCountLimitRejectsA65thPart() throws IOException {
        MultipartForm form = parse(formOfParts(65));

        MultipartParseError error = assertThrows(MultipartParseError.class, () -> namesAndContents(form));
        assertEquals("more than 64 body parts (maxBodyPartCount)", error.description());
    }

    @Test
    void partCountZeroMeansNoLimit() throws IOException {
        List<String> parts = namesAndContents(parse(formOfParts(200), new MultipartOptions().maxBodyPartCount(0)));

        assertEquals(200, parts.size());
    }

    @Test
    void headerBlockAsLargeAsTheLimitIsAccepted() throws IOException {
        MultipartForm form = parse(HEADERS_OF_142_BYTES, new MultipartOptions().maxBodyPartHeadersSize(142));
        BodyPart part = form.next();

        assertEquals("file", part.name());
        assertEquals("hd.txt", part.filename());
        assertEquals("application/vnd.oasis.opendocument.text", part.contentType());
    }

    @Test
    void headerBlockOneByteOverTheLimitIsRejected() {
        MultipartForm form = parse(HEADERS_OF_142_BYTES, new MultipartOptions().maxBodyPartHeadersSize(141));

        MultipartParseError error = assertThrows(MultipartParseError.class, form::next);
        assertEquals("the headers of body part 1 are larger than 141 bytes (maxBodyPartHeadersSize)",
                error.description());
    }

    @Test
    void endlessHeaderLineIsCutOffAtTheLimit() {
        byte[] endless = new byte[64 * 1024];
        Arrays.fill(endless, (byte) 'x');
        byte[] start = FormBodies.bytes("--" + BOUNDARY + "\r\nX-Long: ");
        byte[] body = new byte[start.length + endless.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(endless, 0, body, start.length, endless.length);
        MultipartForm form = FormBodies.parse(new ByteArrayInputStream(body));

        MultipartParseError error = assertThrows(MultipartParseError.class, form::next);
        assertEquals("the headers of body part 1 are larger than 8192 bytes (maxBodyPartHeadersSize)",
                error.description());
    }

    @Test
    void dataAsLargeAsTheBufferLimitIsReturned() throws IOException {
        String form = FormBodies.onePart("Content-Disposition: form-data; name=\"f\"\r\n", "0123456789");
        BodyPart part = parse(form, new MultipartOptions().maxBodyPartBufferSize(10)).next();

        assertArrayEquals(FormBodies.bytes("0123456789"), part.data());
    }

    @Test
    void dataLargerThanTheBufferLimitNamesTheLimitAndThePart() throws IOException {
        String form = FormBodies.onePart("Content-Disposition: form-data; name=\"f\"\r\n", "0123456789A");
        BodyPart part = parse(form, new MultipartOptions().maxBodyPartBufferSize(10)).next();

        MultipartParseError error = assertThrows(MultipartParseError.class, part::data);
        assertEquals("body part \"f\" is larger than 10 bytes (maxBodyPartBufferSize), the most that is buffered",
                error.description());
    }

    @Test
    void textIsBoundByTheBufferLimitToo() throws IOException {
        String form = FormBodies.onePart("Content-Disposition: form-data; name=\"t\"\r\n", "0123456789A");
        BodyPart part = parse(form, new MultipartOptions().maxBodyPartBufferSize(10)).next();

        assertThrows(MultipartParseError.class, part::text);
    }

    @Test
    void streamIsNotBoundByTheBufferLimit() throws IOException {
        String form = FormBodies.onePart("Content-Disposition: form-data; name=\"f\"\r\n", "0123456789A");
        BodyPart part = parse(form, new MultipartOptions().maxBodyPartBufferSize(10)).next();

        assertArrayEquals(FormBodies.bytes("0123456789A"), part.stream().readAllBytes());
    }

    @Test
    void optionsChangedAfterParsingDoNotAffectTheForm() throws IOException {
        MultipartOptions options = new MultipartOptions().maxBodyPartCount(1);
        MultipartForm form = parse(formOfParts(2), options);
        options.maxBodyPartCount(0);
        form.next();

        assertThrows(MultipartParseError.class, form::next);
    }

    @Test
    void negativeLimitsAreRejectedWithTheOptionName() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new MultipartOptions().maxBodyPartCount(-1));

        assertEquals("maxBodyPartCount must be 0 or more (0 means no limit), not -1", error.getMessage());
    }

    @Test
    void unknownDefaultCharsetIsRejectedAtConfiguration() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new MultipartOptions().defaultCharset("pecyn"));

        assertEquals("defaultCharset 'pecyn' is not a charset this JVM supports; use a name such as \"utf-8\" or \"iso-8859-1\"",
                error.getMessage());
    }
}
