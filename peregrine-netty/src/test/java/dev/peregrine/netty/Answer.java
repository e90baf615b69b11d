package dev.peregrine.netty;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** What a request got, from either the test client or a socket: status, header lines, body. */
record Answer(int status, List<String[]> headers, byte[] body) {

    String header(String name) {
        for (String[] header : headers) {
            if (header[0].equalsIgnoreCase(name)) {
                return header[1];
            }
        }
        return null;
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
