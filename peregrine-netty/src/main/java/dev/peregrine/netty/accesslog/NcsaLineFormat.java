package dev.peregrine.netty.accesslog;

/**
 * The NCSA Common and Combined Log Formats, as Apache's and nginx's {@code combined} write them:
 * {@code 192.0.2.1 - - [06/Dec/2026:08:19:58 +0000] "GET /things/7 HTTP/1.1" 200 15}, Combined
 * adding {@code "referer" "user agent"}; with request ids on, both end with {@code "id"}.
 *
 * <p>Quoted and unquoted fields alike are escaped as nginx escapes them: {@code "} and {@code \},
 * control characters and every byte outside printable ASCII become {@code \xHH}, so a line is
 * always one line of ASCII and a client cannot forge a field or a line.
 */
final class NcsaLineFormat implements LineFormat {

    private final boolean combined;

    /** Common, or Combined when {@code combined}. */
    NcsaLineFormat(boolean combined) {
        this.combined = combined;
    }

    @Override
    public boolean printsAgentAndReferer() {
        return combined;
    }

    @Override
    public void format(AccessRecord record, UtcTimestamps timestamps, LogLine line) {
        escaped(record.remote(), line);
        line.ascii(" - - [");
        timestamps.appendCommon(record.epochMillis(), line);
        line.ascii("] \"");
        escaped(record.method(), line);
        line.append(' ');
        escaped(record.target(), line);
        line.append(' ').ascii(record.protocol()).ascii("\" ").decimal(record.status()).append(' ');
        // NOTE: NCSA's %b: a body of no bytes is "-".
        if (record.responseBodyBytes() == 0) {
            line.append('-');
        } else {
            line.decimal(record.responseBodyBytes());
        }
        if (combined) {
            line.ascii(" \"");
            escaped(record.referer(), line);
            line.ascii("\" \"");
            escaped(record.userAgent(), line);
            line.append('"');
        }
        if (record.requestId() != null) {
            line.ascii(" \"");
            escaped(record.requestId(), line);
            line.append('"');
        }
    }

    /** Appends {@code text} escaped as nginx escapes log fields; {@code -} when null or empty. */
    private static void escaped(String text, LogLine line) {
        if (text == null || text.isEmpty()) {
            line.append('-');
            return;
        }
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                i = line.utf8(text, i, true);
                continue;
            }
            // NOTE: a character up to 0xFF is one byte of the request as received.
            if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') {
                line.append('\\').append('x').hex(c);
            } else {
                line.append(c);
            }
            i++;
        }
    }
}
