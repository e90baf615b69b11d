package dev.peregrine.netty.accesslog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Each format's exact line, and how each escapes what a client sends. */
class AccessLogFormatTest {

    private static final long TIME = Instant.parse("2026-12-06T08:19:58.123Z").toEpochMilli();

    private static AccessRecord record(String target, String userAgent, String referer, String requestId) {
        return new AccessRecord(TIME, "GET", target, "HTTP/1.1", "/things/{id}", 200, 15, 412_999, "192.0.2.1",
                userAgent, referer, requestId);
    }

    private static String line(AccessLogFormat format, AccessRecord record) {
        LogLine line = new LogLine();
        format.lineFormat().format(record, new UtcTimestamps(), line);
        return new String(line.bytes(), 0, line.length(), StandardCharsets.UTF_8);
    }

    /** Request text as the server reads it: one character per byte of the UTF-8 the client sent. */
    private static String asReceived(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void commonIsTheNcsaLine() {
        assertEquals("192.0.2.1 - - [06/Dec/2026:08:19:58 +0000] \"GET /things/7 HTTP/1.1\" 200 15",
                line(AccessLogFormat.COMMON, record("/things/7", "curl/8.5.0", null, null)));
    }

    @Test
    void combinedAddsRefererAndUserAgentAndRequestIdsEndTheLine() {
        assertEquals("192.0.2.1 - - [06/Dec/2026:08:19:58 +0000] \"GET /things/7 HTTP/1.1\" 200 15 \"-\" \"curl/8.5.0\"",
                line(AccessLogFormat.COMBINED, record("/things/7", "curl/8.5.0", null, null)));
        assertEquals("192.0.2.1 - - [06/Dec/2026:08:19:58 +0000] \"GET /things/7 HTTP/1.1\" 200 15 \"http://a/\" \"-\" \"abc-1\"",
                line(AccessLogFormat.COMBINED, record("/things/7", null, "http://a/", "abc-1")));
    }

    @Test
    void anEmptyBodyIsADashInNcsaAndZeroInJson() {
        AccessRecord empty = new AccessRecord(TIME, "HEAD", "/", "HTTP/1.0", null, 204, 0, 1_000, "::1", null, null, null);
        assertEquals("::1 - - [06/Dec/2026:08:19:58 +0000] \"HEAD / HTTP/1.0\" 204 -", line(AccessLogFormat.COMMON, empty));
        assertEquals("{\"time\":\"2026-12-06T08:19:58.123Z\",\"method\":\"HEAD\",\"target\":\"/\",\"route\":null,\"status\":204,"
                + "\"bytes\":0,\"duration_us\":1,\"remote\":\"::1\",\"user_agent\":null,\"referer\":null,\"request_id\":null}",
                line(AccessLogFormat.JSON, empty));
    }

    @Test
    void jsonHasEveryFieldInOrder() {
        assertEquals("{\"time\":\"2026-12-06T08:19:58.123Z\",\"method\":\"GET\",\"target\":\"/things/7?x=1\","
                + "\"route\":\"/things/{id}\",\"status\":200,\"bytes\":15,\"duration_us\":412,\"remote\":\"192.0.2.1\","
                + "\"user_agent\":\"curl/8.5.0\",\"referer\":\"http://a/\",\"request_id\":\"abc-1\"}",
                line(AccessLogFormat.JSON, record("/things/7?x=1", "curl/8.5.0", "http://a/", "abc-1")));
    }

    @Test
    void ncsaEscapesQuotesBackslashesControlsAndNonAsciiAsNginxDoes() {
        String agent = asReceived("a \"quoted\" \\ agent\n\u0001\u007f caf\u00e9");
        assertEquals("192.0.2.1 - - [06/Dec/2026:08:19:58 +0000] \"GET /x HTTP/1.1\" 200 15 \"-\" "
                + "\"a \\x22quoted\\x22 \\x5c agent\\x0a\\x01\\x7f caf\\xc3\\xa9\"",
                line(AccessLogFormat.COMBINED, record("/x", agent, null, null)));
        assertEquals("192.0.2.1 - - [06/Dec/2026:08:19:58 +0000] \"GET /\\xe2\\x82\\xac HTTP/1.1\" 200 15",
                line(AccessLogFormat.COMMON, record("/\u20ac", null, null, null)),
                "a character beyond one byte is escaped as its UTF-8 bytes");
    }

    @Test
    void jsonEscapesWhatJsonRequiresAndKeepsUtf8AsUtf8() {
        String agent = asReceived("\"q\" \\ \n\r\t\b\f\u0001\u007f caf\u00e9 \u4e2d \ud83d\ude00");
        String line = line(AccessLogFormat.JSON, record("/", agent, null, null));
        assertEquals("\"user_agent\":\"\\\"q\\\" \\\\ \\n\\r\\t\\b\\f\\u0001\u007f caf\u00e9 \u4e2d \ud83d\ude00\"",
                line.substring(line.indexOf("\"user_agent\""), line.indexOf(",\"referer\"")));
    }

    @Test
    void jsonWritesBytesThatAreNotUtf8AsTheCharactersOfTheirNumbers() {
        String agent = "\u00e9t\u00e9 \u00c3 \u00ed\u00a0\u0080 \u00c0\u0080";
        String line = line(AccessLogFormat.JSON, record("/", agent, null, null));
        assertEquals("\"user_agent\":\"\\u00e9t\\u00e9 \\u00c3 \\u00ed\\u00a0\\u0080 \\u00c0\\u0080\"",
                line.substring(line.indexOf("\"user_agent\""), line.indexOf(",\"referer\"")),
                "lone bytes, a truncated sequence, an encoded surrogate and an overlong form are not UTF-8");
        String route = line(AccessLogFormat.JSON, new AccessRecord(TIME, "GET", "/", "HTTP/1.1", "/caf\u00e9/\u4e2d", 200,
                0, 0, "::1", null, null, null));
        assertEquals("\"route\":\"/caf\\u00e9/\u4e2d\"", route.substring(route.indexOf("\"route\""), route.indexOf(",\"status\"")),
                "text from code (a route template) keeps its characters");
    }

    @Test
    void timestampsFollowTheClockAcrossSecondsAndDays() {
        UtcTimestamps timestamps = new UtcTimestamps();
        LogLine line = new LogLine();
        timestamps.appendIso(TIME, line);
        line.append(' ');
        timestamps.appendIso(Instant.parse("2027-01-01T00:00:00.007Z").toEpochMilli(), line);
        line.append(' ');
        timestamps.appendCommon(Instant.parse("2027-01-01T00:00:00.007Z").toEpochMilli(), line);
        assertEquals("2026-12-06T08:19:58.123Z 2027-01-01T00:00:00.007Z 01/Jan/2027:00:00:00 +0000",
                new String(line.bytes(), 0, line.length(), StandardCharsets.US_ASCII));
    }

    @Test
    void longLinesGrowTheBuffer() {
        String agent = "x".repeat(5000);
        String line = line(AccessLogFormat.COMBINED, record("/", agent, null, null));
        assertEquals(true, line.endsWith("\"" + agent + "\""));
    }
}
