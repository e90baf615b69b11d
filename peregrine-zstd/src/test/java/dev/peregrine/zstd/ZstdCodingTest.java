package dev.peregrine.zstd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.ZstdInputStream;
import dev.peregrine.App;
import dev.peregrine.compression.GzipCoding;
import dev.peregrine.compression.ResponseCompression;
import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The zstd coding: what it encodes decodes with zstd's own decoder, whatever the kind of body. */
class ZstdCodingTest {

    private static final byte[] TEXT = "{\"id\": 1, \"body\": \"the quick brown fox\"}\n".repeat(2000)
            .getBytes(StandardCharsets.UTF_8);

    private static byte[] unzstd(byte[] encoded) throws IOException {
        try (InputStream in = new ZstdInputStream(new ByteArrayInputStream(encoded))) {
            return in.readAllBytes();
        }
    }

    @Test
    void bodiesInMemoryRoundTripAndShrink() throws IOException {
        ZstdCoding coding = ZstdCoding.defaults();
        for (int i = 0; i < 20; i++) {
            byte[] encoded = coding.encode(TEXT);
            assertArrayEquals(TEXT, unzstd(encoded));
            assertTrue(encoded.length < TEXT.length / 10, "encoded to " + encoded.length);
        }
        assertArrayEquals(new byte[0], unzstd(coding.encode(new byte[0])));
    }

    @Test
    void streamsAreEncodedAsTheyAreRead() throws IOException {
        byte[] random = new byte[300_000];
        new Random(7).nextBytes(random);
        byte[] mixed = Arrays.copyOf(TEXT, TEXT.length + random.length);
        System.arraycopy(random, 0, mixed, TEXT.length, random.length);
        for (byte[] content : new byte[][] {TEXT, mixed, new byte[0]}) {
            try (InputStream encoded = ZstdCoding.level(1).encode(new ByteArrayInputStream(content))) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] small = new byte[777];
                for (int n = encoded.read(small); n >= 0; n = encoded.read(small)) {
                    out.write(small, 0, n);
                }
                assertArrayEquals(content, unzstd(out.toByteArray()));
            }
        }
    }

    @Test
    void writtenBodiesCanBeDecodedAfterEachFlush() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (OutputStream out = ZstdCoding.defaults().encode(sink)) {
            out.write("first part ".getBytes(StandardCharsets.UTF_8));
            out.flush();
            byte[] soFar = sink.toByteArray();
            try (InputStream partial = new ZstdInputStream(new ByteArrayInputStream(soFar)).setContinuous(true)) {
                assertEquals("first part ", new String(partial.readNBytes(11), StandardCharsets.UTF_8));
            }
            out.write(TEXT);
        }
        byte[] whole = unzstd(sink.toByteArray());
        assertEquals("first part ", new String(whole, 0, 11, StandardCharsets.UTF_8));
        assertEquals(11 + TEXT.length, whole.length);
    }

    @Test
    void theAppPicksZstdForClientsThatAcceptItAndGzipForTheOthers() throws IOException {
        App app = new App();
        app.get("/listing", (req, resp) -> resp.setHeader("Content-Type", "application/json").data(TEXT));
        app.responseOptions().compression(ResponseCompression.of(ZstdCoding.defaults(), GzipCoding.defaults()));
        TestClient client = new TestClient(app);
        Result browser = client.get("/listing").header("Accept-Encoding", "gzip, deflate, br, zstd").send();
        assertEquals("zstd", browser.header("Content-Encoding"));
        assertArrayEquals(TEXT, unzstd(browser.content()));
        Result curl = client.get("/listing").header("Accept-Encoding", "gzip").send();
        assertEquals("gzip", curl.header("Content-Encoding"));
        Result preferring = client.get("/listing").header("Accept-Encoding", "zstd;q=0.5, gzip").send();
        assertEquals("gzip", preferring.header("Content-Encoding"));
    }

    @Test
    void levelsOutsideTheUsefulRangeAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ZstdCoding.level(22));
        assertTrue(e.getMessage().startsWith("A zstd level is 1 (fastest) to 19 (smallest), not 22"), e.getMessage());
        assertEquals(3, ZstdCoding.defaults().compressionLevel());
    }
}
