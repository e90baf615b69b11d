package dev.peregrine;

import dev.peregrine.spi.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A bodiless request handed straight to {@link App#handle}, so a test can look at the rendered
 * {@link Response} as a server does.
 *
 * @param method the method
 * @param target the request-target, percent-encoded
 * @param headers the headers, one value each
 */
public record RawExchange(String method, String target, Map<String, String> headers) implements HttpExchange {

    /** A GET of {@code target} without headers. */
    public static RawExchange get(String target) {
        return new RawExchange("GET", target, Map.of());
    }

    @Override
    public String header(String name) {
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    @Override
    public List<String> headerValues(String name) {
        List<String> values = new ArrayList<>(1);
        String value = header(name);
        if (value != null) {
            values.add(value);
        }
        return values;
    }

    @Override
    public void forEachHeader(BiConsumer<String, String> action) {
        headers.forEach(action);
    }

    @Override
    public InputStream body() {
        return new ByteArrayInputStream(new byte[0]);
    }

    @Override
    public String remoteAddress() {
        return "127.0.0.1";
    }

    @Override
    public String scheme() {
        return "http";
    }
}
