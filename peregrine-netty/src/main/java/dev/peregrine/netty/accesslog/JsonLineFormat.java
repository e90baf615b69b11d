package dev.peregrine.netty.accesslog;

/**
 * JSON lines: one object per line, with the fields {@code time}, {@code method}, {@code target},
 * {@code route}, {@code status}, {@code bytes}, {@code duration_us}, {@code remote},
 * {@code user_agent}, {@code referer} and {@code request_id}, in that order; absent values are
 * {@code null}.
 *
 * <p>Strings are escaped as RFC 8259 requires ({@code "}, {@code \} and control characters).
 * Request text arrives one character per byte: a run of bytes that is valid UTF-8 is kept as it
 * is, so non-ASCII text stays readable; any other byte is written as the JSON escape of the
 * character of the same number (U+0080 to U+00FF), so every line is valid UTF-8 and valid JSON.
 */
final class JsonLineFormat implements LineFormat {

    @Override
    public boolean printsAgentAndReferer() {
        return true;
    }

    @Override
    public void format(AccessRecord record, UtcTimestamps timestamps, LogLine line) {
        line.ascii("{\"time\":\"");
        timestamps.appendIso(record.epochMillis(), line);
        line.ascii("\",\"method\":");
        string(record.method(), line);
        line.ascii(",\"target\":");
        string(record.target(), line);
        line.ascii(",\"route\":");
        string(record.route(), line);
        line.ascii(",\"status\":").decimal(record.status());
        line.ascii(",\"bytes\":").decimal(record.responseBodyBytes());
        line.ascii(",\"duration_us\":").decimal(record.durationNanos() / 1000);
        line.ascii(",\"remote\":");
        string(record.remote(), line);
        line.ascii(",\"user_agent\":");
        string(record.userAgent(), line);
        line.ascii(",\"referer\":");
        string(record.referer(), line);
        line.ascii(",\"request_id\":");
        string(record.requestId(), line);
        line.append('}');
    }

    /** Appends {@code text} as a JSON string, or {@code null}. */
    private static void string(String text, LogLine line) {
        if (text == null) {
            line.ascii("null");
            return;
        }
        line.append('"');
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c < 0x80) {
                escapedAscii(c, line);
                i++;
            } else if (c <= 0xFF) {
                int end = utf8SequenceEnd(text, i);
                if (end < 0) {
                    line.ascii("\\u00").hex(c);
                    i++;
                } else {
                    for (; i < end; i++) {
                        line.append(text.charAt(i));
                    }
                }
            } else {
                i = line.utf8(text, i, false);
            }
        }
        line.append('"');
    }

    private static void escapedAscii(char c, LogLine line) {
        switch (c) {
            case '"' -> line.ascii("\\\"");
            case '\\' -> line.ascii("\\\\");
            case '\n' -> line.ascii("\\n");
            case '\r' -> line.ascii("\\r");
            case '\t' -> line.ascii("\\t");
            case '\b' -> line.ascii("\\b");
            case '\f' -> line.ascii("\\f");
            default -> {
                if (c < 0x20) {
                    line.ascii("\\u00").hex(c);
                } else {
                    line.append(c);
                }
            }
        }
    }

    /**
     * Where the well-formed UTF-8 sequence whose lead byte is at {@code start} ends, reading one
     * byte per character, or -1 when there is none (RFC 3629 §4: no overlong forms, no
     * surrogates, nothing past U+10FFFF).
     */
    private static int utf8SequenceEnd(String text, int start) {
        int lead = text.charAt(start);
        int continuations;
        int secondMin = 0x80;
        int secondMax = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuations = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            continuations = 2;
            secondMin = lead == 0xE0 ? 0xA0 : 0x80;
            secondMax = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            continuations = 3;
            secondMin = lead == 0xF0 ? 0x90 : 0x80;
            secondMax = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        int end = start + 1 + continuations;
        if (end > text.length()) {
            return -1;
        }
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            int min = i == start + 1 ? secondMin : 0x80;
            int max = i == start + 1 ? secondMax : 0xBF;
            if (c < min || c > max) {
                return -1;
            }
        }
        return end;
    }
}
