package dev.peregrine.media;

import static dev.peregrine.media.FormBodies.firstPart;
import static dev.peregrine.media.FormBodies.onePart;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.peregrine.errors.MultipartParseError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodyPartTest {

    private static BodyPart partWithDisposition(String disposition) throws IOException {
        return firstPart(onePart("Content-Disposition: " + disposition + "\r\n", "content"));
    }

    private static BodyPart textPart(String contentType, String content) throws IOException {
        return firstPart(onePart("Content-Disposition: form-data; name=\"t\"\r\n"
                + "Content-Type: " + contentType + "\r\n", content));
    }

    private static String utf8AsLatin1(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void filenameStarInRfc5987FormWinsOverFilename() throws IOException {
        BodyPart part = partWithDisposition(
                "form-data; name=\"file\"; filename=\"fallback.txt\"; filename*=utf-8''%E2%AC%85%20Arrow.txt");

        assertEquals("\u2b05 Arrow.txt", part.filename());
        assertEquals("__Arrow.txt", part.secureFilename());
    }

    @Test
    void filenameStarWithALanguageTagIsDecoded() throws IOException {
        BodyPart part = partWithDisposition("form-data; name=\"file\"; filename*=UTF-8'de'f%C3%BCr.txt");

        assertEquals("f\u00fcr.txt", part.filename());
    }

    @Test
    void filenameStarInAnotherCharsetIsDecodedWithIt() throws IOException {
        BodyPart part = partWithDisposition("form-data; name=\"file\"; filename*=iso-8859-1''caf%E9.txt");

        assertEquals("caf\u00e9.txt", part.filename());
    }

    @Test
    void filenameStarWithAnUnknownCharsetIsRejected() throws IOException {
        BodyPart part = partWithDisposition("form-data; name=\"file\"; filename*=esoteric''Arrow.txt");

        MultipartParseError error = assertThrows(MultipartParseError.class, part::filename);
        assertEquals("the filename* of body part \"file\" names an unknown charset: esoteric", error.description());
    }

    @Test
    void filenameStarWhoseBytesAreNotValidInItsCharsetIsRejected() throws IOException {
        BodyPart part = partWithDisposition("form-data; name=\"file\"; filename*=utf-8''%FF.txt");

        MultipartParseError error = assertThrows(MultipartParseError.class, part::filename);
        assertEquals("the filename* of body part \"file\" is not valid utf-8 text", error.description());
    }

    @Test
    void filenameStarNotInExtendedFormFallsBackToFilename() throws IOException {
        BodyPart part = partWithDisposition("form-data; name=\"file\"; filename=\"plain.txt\"; filename*=no-quotes");

        assertEquals("plain.txt", part.filename());
    }

    @Test
    void rawUtf8FilenameIsDecoded() throws IOException {
        BodyPart part = partWithDisposition(utf8AsLatin1("form-data; name=\"file\"; filename=\u2b05 Arrow.txt"));

        assertEquals("\u2b05 Arrow.txt", part.filename());
    }

    @Test
    void quotedFilenameKeepsSemicolonsAndUnescapesQuotes() throws IOException {
        BodyPart part = partWithDisposition("form-data; name=\"file\"; filename=\"a;b \\\"c\\\".txt\"");

        assertEquals("a;b \"c\".txt", part.filename());
        assertEquals("a_b__c_.txt", part.secureFilename());
    }

    @Test
    void partWithoutFilenameHasNullFilename() throws IOException {
        assertNull(partWithDisposition("form-data; name=\"field\"").filename());
    }

    @Test
    void secureFilenameOfAPathEscapeIsFalconsExample() throws IOException {
        BodyPart part = partWithDisposition(utf8AsLatin1("form-data; name=\"f\"; filename=\"../../etc/p\u00e4sswd .txt\""));

        assertEquals("_._.._etc_pa_sswd_.txt", part.secureFilename());
    }

    @Test
    void secureFilenameOfAnEmptyFilenameIsAParseError() throws IOException {
        BodyPart part = partWithDisposition("form-data; name=\"file\"; filename=");

        assertEquals("", part.filename());
        MultipartParseError error = assertThrows(MultipartParseError.class, part::secureFilename);
        assertEquals("body part \"file\" has an empty filename, so there is no secure filename to make from it",
                error.description());
    }

    @Test
    void secureFilenameWithoutAFilenameIsAParseError() throws IOException {
        BodyPart part = partWithDisposition("form-data; name=\"no file\";");

        MultipartParseError error = assertThrows(MultipartParseError.class, part::secureFilename);
        assertEquals("body part \"no file\" has no filename, so there is no secure filename to make from it",
                error.description());
    }

    @Test
    void partWithoutContentDispositionHasNoNameAndIsNumberedInErrors() throws IOException {
        BodyPart part = firstPart(onePart("Content-Type: text/plain\r\n", "x"));

        assertNull(part.name());
        MultipartParseError error = assertThrows(MultipartParseError.class, part::secureFilename);
        assertEquals("body part 1 has no filename, so there is no secure filename to make from it", error.description());
    }

    @Test
    void contentDispositionParameterNamesAreCaseInsensitive() throws IOException {
        BodyPart part = partWithDisposition("form-data; NAME=\"upper\"; FileName=x.bin");

        assertEquals("upper", part.name());
        assertEquals("x.bin", part.filename());
    }

    @Test
    void headerLookupIsCaseInsensitive() throws IOException {
        BodyPart part = textPart("application/json", "{}");

        assertEquals("application/json", part.header("content-type"));
        assertEquals("application/json", part.header("CONTENT-TYPE"));
        assertEquals("form-data; name=\"t\"", part.header("Content-Disposition"));
    }

    @Test
    void headersOtherThanTheThreeOfRfc7578AreIgnored() throws IOException {
        BodyPart part = firstPart(onePart("Content-Disposition: form-data; name=\"a\"\r\nX-Custom: yes\r\n", "x"));

        assertNull(part.header("X-Custom"));
    }

    @Test
    void headerWithoutSpaceAfterTheColonIsRead() throws IOException {
        BodyPart part = firstPart(onePart("Content-Disposition:form-data; name=\"a\"\r\nContent-Type:image/png\r\n", "x"));

        assertEquals("a", part.name());
        assertEquals("image/png", part.contentType());
    }

    @Test
    void textUsesTheCharsetOfTheContentType() throws IOException {
        BodyPart part = textPart("text/plain; charset=iso-8859-1", "caf\u00e9");

        assertEquals("caf\u00e9", part.text());
    }

    @Test
    void textUsesTheDefaultCharsetWhenThePartNamesNone() throws IOException {
        BodyPart part = textPart("text/plain", utf8AsLatin1("\u2b05 left"));

        assertEquals("\u2b05 left", part.text());
    }

    @Test
    void textUsesTheConfiguredDefaultCharset() throws IOException {
        String form = onePart("Content-Disposition: form-data; name=\"t\"\r\n", "caf\u00e9");
        BodyPart part = FormBodies.parse(form, new MultipartOptions().defaultCharset("iso-8859-1")).next();

        assertEquals("caf\u00e9", part.text());
    }

    @Test
    void textOfANonTextPartIsNullAsInFalcon() throws IOException {
        BodyPart part = textPart("application/json", "{\"a\": 1}");

        assertNull(part.text());
        assertArrayEquals("{\"a\": 1}".getBytes(StandardCharsets.US_ASCII), part.data());
    }

    @Test
    void textWithAnUnknownCharsetIsAParseError() throws IOException {
        BodyPart part = textPart("text/plain; charset=pecyn", "AAHEHlRoZSBGYWxjb24=");

        MultipartParseError error = assertThrows(MultipartParseError.class, part::text);
        assertEquals("body part \"t\" names an unknown charset: pecyn", error.description());
    }

    @Test
    void textThatIsNotValidInItsCharsetIsAParseError() throws IOException {
        BodyPart part = textPart("text/plain; charset=utf-8", "\u00ff\u00fe");

        MultipartParseError error = assertThrows(MultipartParseError.class, part::text);
        assertEquals("body part \"t\" is not valid utf-8 text", error.description());
    }

    @Test
    void dataReturnsTheSameBufferedBytesOnEveryCall() throws IOException {
        BodyPart part = textPart("text/plain", "hello");

        byte[] first = part.data();

        assertSame(first, part.data());
        assertEquals("hello", part.text());
    }

    @Test
    void dataAfterAPartialStreamReadIsTheRest() throws IOException {
        BodyPart part = textPart("text/plain", "hello world");
        part.stream().readNBytes(6);

        assertArrayEquals("world".getBytes(StandardCharsets.US_ASCII), part.data());
    }

    @Test
    void streamIsTheSameObjectOnEveryCall() throws IOException {
        BodyPart part = textPart("text/plain", "x");

        assertSame(part.stream(), part.stream());
    }

    @Test
    void streamSkipAdvancesWithinThePartOnly() throws IOException {
        BodyPart part = textPart("text/plain", "0123456789");

        assertEquals(4, part.stream().skip(4));
        assertArrayEquals("456789".getBytes(StandardCharsets.US_ASCII), part.stream().readAllBytes());
        assertEquals(0, part.stream().skip(4));
    }
}
