package dev.peregrine.testing;

import dev.peregrine.internal.JsonMedia;
import dev.peregrine.internal.uri.PercentCodec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A request to simulate, built fluently and sent with {@link #send()}.
 *
 * {@snippet :
 * Result result = client.post("/things")
 *         .header("X-Auth-Token", "secret")
 *         .param("limit", "5")
 *         .json(Map.of("name", "spoon"))
 *         .send();
 * }
 */
public final class SimulatedRequest {

    private final TestClient client;
    private final String method;
    private final String path;
    private final List<String[]> defaultHeaders;
    private final List<String[]> headers = new ArrayList<>();
    private final List<String> cookies = new ArrayList<>();
    private String queryString;
    private InputStream body;
    private String remoteAddress = "127.0.0.1";
    private String scheme = "http";

    SimulatedRequest(TestClient client, String method, String path, List<String[]> defaultHeaders) {
        int question = path.indexOf('?');
        this.client = client;
        this.method = method;
        this.path = question < 0 ? path : path.substring(0, question);
        this.queryString = question < 0 ? null : path.substring(question + 1);
        this.defaultHeaders = defaultHeaders;
    }

    /** Sets the raw query string, without {@code ?}, sent as given. */
    public SimulatedRequest queryString(String queryString) {
        this.queryString = queryString;
        return this;
    }

    /** Adds a query parameter, percent-encoded. */
    public SimulatedRequest param(String name, String value) {
        String pair = PercentCodec.encodeValue(name) + "=" + PercentCodec.encodeValue(value);
        queryString = queryString == null || queryString.isEmpty() ? pair : queryString + "&" + pair;
        return this;
    }

    /** Adds query parameters, each percent-encoded; a list value repeats the name. */
    public SimulatedRequest params(Map<String, ?> params) {
        params.forEach((name, value) -> {
            if (value instanceof Iterable<?> values) {
                values.forEach(v -> param(name, String.valueOf(v)));
            } else {
                param(name, String.valueOf(value));
            }
        });
        return this;
    }

    /** Adds a header line (replacing the client's default of that name); call again with the same name to send it twice. */
    public SimulatedRequest header(String name, String value) {
        headers.add(new String[] {name, value});
        return this;
    }

    /** Adds header lines. */
    public SimulatedRequest headers(Map<String, String> values) {
        values.forEach(this::header);
        return this;
    }

    /** Adds a cookie to the Cookie header. */
    public SimulatedRequest cookie(String name, String value) {
        cookies.add(name + "=" + value);
        return this;
    }

    /**
     * Sends {@code value} as a JSON body with {@code Content-Type: application/json}, written by
     * the app's JSON media handler.
     */
    public SimulatedRequest json(Object value) {
        byte[] json;
        try {
            json = JsonMedia.write(client.json(), value);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot serialize the simulated JSON body: " + e.getMessage(), e);
        }
        header("Content-Type", JsonMedia.MEDIA_TYPE);
        return body(json);
    }

    /** Sends a UTF-8 text body; set Content-Type with {@link #contentType(String)}. */
    public SimulatedRequest body(String text) {
        return body(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a body with its Content-Length. */
    public SimulatedRequest body(byte[] bytes) {
        header("Content-Length", Integer.toString(bytes.length));
        this.body = new ByteArrayInputStream(bytes);
        return this;
    }

    /** Sends a body of unknown length from a stream, as a chunked upload would arrive. */
    public SimulatedRequest body(InputStream stream) {
        this.body = stream;
        return this;
    }

    /** Sets Content-Type. */
    public SimulatedRequest contentType(String contentType) {
        return header("Content-Type", contentType);
    }

    /** Sets the client's address (default {@code 127.0.0.1}). */
    public SimulatedRequest remoteAddress(String address) {
        this.remoteAddress = address;
        return this;
    }

    /** Sets the scheme (default {@code http}). */
    public SimulatedRequest scheme(String scheme) {
        this.scheme = scheme;
        return this;
    }

    /** Runs the request through the app and returns what it answered. */
    public Result send() {
        List<String[]> lines = new ArrayList<>();
        for (String[] header : defaultHeaders) {
            if (headers.stream().noneMatch(h -> h[0].equalsIgnoreCase(header[0]))) {
                lines.add(header);
            }
        }
        lines.addAll(headers);
        if (!cookies.isEmpty()) {
            lines.add(new String[] {"Cookie", String.join("; ", cookies)});
        }
        String target = queryString == null ? path : path + "?" + queryString;
        return client.run(new SimulatedExchange(method, target, lines, body, remoteAddress, scheme));
    }
}
