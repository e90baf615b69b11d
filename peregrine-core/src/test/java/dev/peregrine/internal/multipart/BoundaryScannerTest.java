package dev.peregrine.internal.multipart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.errors.MultipartParseError;
import dev.peregrine.media.ChunkedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoundaryScannerTest {

    private static final String BOUNDARY = "xyz";
    // Content full of delimiter prefixes, so buffer edges fall inside near-delimiters.
    private static final String TRICKY = "a\r\n-\r\n--\r\n--x\r\n--xy\r\r\n--xyZ\r\n\r\n--xy";

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static String content(BoundaryScanner scanner) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[5];
        for (int count = scanner.readContent(chunk, 0, chunk.length); count >= 0;
                count = scanner.readContent(chunk, 0, chunk.length)) {
            out.write(chunk, 0, count);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void contentFullOfDelimiterPrefixesIsReadWhole() throws IOException {
        BoundaryScanner scanner = new BoundaryScanner(
                new ByteArrayInputStream(ascii("--xyz\r\n" + TRICKY + "\r\n--xyz--")), BOUNDARY, 64);

        assertEquals("", content(scanner));
        assertFalse(scanner.crossDelimiter());
        assertEquals(TRICKY, content(scanner));
        assertTrue(scanner.crossDelimiter());
    }

    @Test
    void everyBufferSizeAndReadSizeFindsTheSameDelimiters() throws IOException {
        byte[] body = ascii("preamble\r\n--xyz\r\n" + TRICKY + "\r\n--xyz\r\n" + TRICKY + TRICKY + "\r\n--xyz--");
        for (int bufferSize = 8; bufferSize <= 40; bufferSize++) {
            for (int readSize = 1; readSize <= 9; readSize++) {
                InputStream chunked = new ChunkedInputStream(body, readSize);
                BoundaryScanner scanner = new BoundaryScanner(chunked, BOUNDARY, bufferSize);
                String where = "buffer " + bufferSize + ", reads of " + readSize;

                assertEquals("\r\npreamble", content(scanner), where);
                assertFalse(scanner.crossDelimiter(), where);
                assertEquals(TRICKY, content(scanner), where);
                assertFalse(scanner.crossDelimiter(), where);
                assertEquals(TRICKY + TRICKY, content(scanner), where);
                assertTrue(scanner.crossDelimiter(), where);
            }
        }
    }

    @Test
    void bodyOpeningWithTheFirstDelimiterHasNoPreamble() throws IOException {
        BoundaryScanner scanner = new BoundaryScanner(
                new ByteArrayInputStream(ascii("--xyz\r\nabc\r\n--xyz--")), BOUNDARY, 16);

        assertEquals(0, scanner.skipAllContent());
    }

    @Test
    void preambleReadsAsContentAfterTheCrlfPutInFrontOfTheBody() throws IOException {
        BoundaryScanner scanner = new BoundaryScanner(
                new ByteArrayInputStream(ascii("hi\r\n--xyz\r\nabc\r\n--xyz--")), BOUNDARY, 16);

        assertEquals("\r\nhi", content(scanner));
    }

    @Test
    void skippingContentReachesTheSameDelimiter() throws IOException {
        BoundaryScanner scanner = new BoundaryScanner(
                new ChunkedInputStream(ascii("--xyz\r\n" + TRICKY + "\r\n--xyz\r\nnext\r\n--xyz--"), 3), BOUNDARY, 8);
        scanner.crossDelimiter();

        assertEquals(TRICKY.length(), scanner.skipAllContent());
        assertFalse(scanner.crossDelimiter());
        assertEquals("next", content(scanner));
    }

    @Test
    void linesAfterADelimiterAreReadByteByByte() throws IOException {
        BoundaryScanner scanner = new BoundaryScanner(
                new ByteArrayInputStream(ascii("--xyz\r\nAB\r\n--xyz--")), BOUNDARY, 16);
        scanner.crossDelimiter();

        assertEquals('A', scanner.readLineByte());
        assertEquals("B", content(scanner));
    }

    @Test
    void bufferTooSmallForTheDelimiterIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new BoundaryScanner(InputStream.nullInputStream(), BOUNDARY, 7));
    }

    @Test
    void streamReturningZeroBytesIsReadOneByteAtATime() throws IOException {
        byte[] body = ascii("--xyz\r\nabc\r\n--xyz--");
        InputStream stingy = new ByteArrayInputStream(body) {
            private boolean zeroNext = true;

            @Override
            public synchronized int read(byte[] target, int offset, int length) {
                zeroNext = !zeroNext;
                return zeroNext ? 0 : super.read(target, offset, Math.min(length, 2));
            }
        };
        BoundaryScanner scanner = new BoundaryScanner(stingy, BOUNDARY, 16);
        scanner.crossDelimiter();

        assertEquals("abc", content(scanner));
        assertTrue(scanner.crossDelimiter());
    }

    @Test
    void endOfBodyInsideContentIsTruncated() {
        BoundaryScanner scanner = new BoundaryScanner(
                new ByteArrayInputStream(ascii("--xyz\r\nabc\r\n--xy")), BOUNDARY, 16);

        MultipartParseError error = assertThrows(MultipartParseError.class, () -> {
            scanner.crossDelimiter();
            content(scanner);
        });
        assertEquals("unexpected end of form: the close delimiter --xyz-- was never found", error.description());
    }

    @Test
    void contentReadsIntoTheGivenRangeOnly() throws IOException {
        BoundaryScanner scanner = new BoundaryScanner(
                new ByteArrayInputStream(ascii("--xyz\r\nabc\r\n--xyz--")), BOUNDARY, 16);
        scanner.crossDelimiter();
        byte[] target = ascii("......");

        assertEquals(3, scanner.readContent(target, 2, 4));
        assertArrayEquals(ascii("..abc."), target);
    }
}
