package dev.peregrine.reliability.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One response as the fuzzer read it.
 *
 * @param status  the status code
 * @param headers header names lowercased, values in order
 * @param body    the body, de-chunked
 */
record ParsedResponse(int status, Map<String, List<String>> headers, byte[] body) {

    String header(String name) {
        List<String> values = headers.get(name);
        return values == null ? null : values.getFirst();
    }

    /** Whether the server said it closes the connection after this response. */
    boolean closes() {
        String connection = header("connection");
        return connection != null && connection.toLowerCase().contains("close");
    }

    boolean interim() {
        return status >= 100 && status < 200;
    }

    boolean successful() {
        return status >= 200 && status < 300;
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
