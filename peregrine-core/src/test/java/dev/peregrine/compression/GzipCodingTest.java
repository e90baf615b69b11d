package dev.peregrine.compression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Random;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

class GzipCodingTest {

    /** 1 MiB, half random and half repetitive, so it spans many buffers whatever the ratio. */
    private static final byte[] MIXED = mixed();

    private static byte[] mixed() {
        byte[] bytes = new byte[1 << 20];
        new Random(42).nextBytes(bytes);
        byte[] text = ResponseCompressionTest.LARGE_BYTES;
        for (int i = bytes.length / 2; i < bytes.length; i++) {
            bytes[i] = text[i % text.length];
        }
        return bytes;
    }

    @Test
    void bytesRoundTripAtEveryLevel() {
        for (int level = 1; level <= 9; level++) {
            assertArrayEquals(MIXED, ResponseCompressionTest.gunzip(GzipCoding.level(level).encode(MIXED)), "level " + level);
        }
    }

    @Test
    void emptyBodyIsAValidMember() {
        assertEquals(0, ResponseCompressionTest.gunzip(GzipCoding.defaults().encode(new byte[0])).length);
    }

    @Test
    void reusedEncodersGiveTheSameOutput() {
        GzipCoding gzip = GzipCoding.level(6);
        byte[] first = gzip.encode(ResponseCompressionTest.LARGE_BYTES);
        gzip.encode(MIXED);
        assertArrayEquals(first, gzip.encode(ResponseCompressionTest.LARGE_BYTES));
    }

    @Test
    void inputStreamRoundTripsAndClosesItsSource() throws IOException {
        boolean[] closed = new boolean[1];
        InputStream source = new ByteArrayInputStream(MIXED) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        byte[] encoded;
        try (InputStream gzip = GzipCoding.defaults().encode(source)) {
            encoded = gzip.readAllBytes();
        }
        assertArrayEquals(MIXED, ResponseCompressionTest.gunzip(encoded));
        assertEquals(true, closed[0]);
    }

    @Test
    void inputStreamReadByteByByteGivesTheSameBytes() throws IOException {
        byte[] whole = GzipCoding.defaults().encode(ResponseCompressionTest.LARGE_BYTES);
        ByteArrayOutputStream single = new ByteArrayOutputStream();
        try (InputStream gzip = GzipCoding.defaults().encode(new ByteArrayInputStream(ResponseCompressionTest.LARGE_BYTES))) {
            for (int b = gzip.read(); b >= 0; b = gzip.read()) {
                single.write(b);
            }
        }
        assertArrayEquals(whole, single.toByteArray());
    }

    @Test
    void outputStreamRoundTripsAndClosesItsSink() throws IOException {
        boolean[] closed = new boolean[1];
        ByteArrayOutputStream sink = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        try (OutputStream gzip = GzipCoding.defaults().encode(sink)) {
            gzip.write(MIXED, 0, 1000);
            gzip.write(MIXED[1000]);
            gzip.write(MIXED, 1001, MIXED.length - 1001);
        }
        assertArrayEquals(MIXED, ResponseCompressionTest.gunzip(sink.toByteArray()));
        assertEquals(true, closed[0]);
    }

    @Test
    void flushSendsWhatWasWrittenDecodable() throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        OutputStream gzip = GzipCoding.defaults().encode(sink);
        byte[] event = "data: first event\n\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        gzip.write(event);
        gzip.flush();
        byte[] sent = sink.toByteArray();
        Inflater inflater = new Inflater(true);
        inflater.setInput(sent, 10, sent.length - 10);
        byte[] decoded = new byte[100];
        int length = inflater.inflate(decoded);
        assertArrayEquals(event, java.util.Arrays.copyOf(decoded, length));
        gzip.close();
        assertArrayEquals(event, ResponseCompressionTest.gunzip(sink.toByteArray()));
    }

    @Test
    void closedStreamsRefuseUse() throws IOException {
        OutputStream out = GzipCoding.defaults().encode(new ByteArrayOutputStream());
        out.close();
        out.close();
        assertThrows(IOException.class, () -> out.write(1));
        InputStream in = GzipCoding.defaults().encode(new ByteArrayInputStream(new byte[10]));
        in.close();
        assertThrows(IOException.class, in::read);
    }
}
