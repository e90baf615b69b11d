package dev.peregrine.netty;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A response read off a socket: protocol version, status, reason phrase, header lines in order, and the decoded body. */
record RawResponse(String version, int status, String reason, List<String[]> headers, byte[] body) {

    /** A header's first value, looked up case-insensitively, or {@code null}. */
    String header(String name) {
        for (String[] header : headers) {
            if (header[0].equalsIgnoreCase(name)) {
                return header[1];
            }
        }
        return null;
    }

    /** Every value of a header. */
    List<String> headerValues(String name) {
        List<String> values = new ArrayList<>();
        for (String[] header : headers) {
            if (header[0].equalsIgnoreCase(name)) {
                values.add(header[1]);
            }
        }
        return values;
    }

    /** The body as UTF-8. */
    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
