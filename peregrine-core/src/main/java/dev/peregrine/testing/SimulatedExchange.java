package dev.peregrine.testing;

import dev.peregrine.spi.HttpExchange;
import dev.peregrine.spi.RepeatedHeaders;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** A request built in memory, handed to the app through the same interface a server uses. */
final class SimulatedExchange implements HttpExchange {

    private final String method;
    private final String target;
    private final List<String[]> headers;
    private final InputStream body;
    private final String remoteAddress;
    private final String scheme;

    SimulatedExchange(String method, String target, List<String[]> headers, InputStream body,
            String remoteAddress, String scheme) {
        this.method = method;
        this.target = target;
        this.headers = headers;
        this.body = body == null ? new ByteArrayInputStream(new byte[0]) : body;
        this.remoteAddress = remoteAddress;
        this.scheme = scheme;
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public String target() {
        return target;
    }

    @Override
    public String header(String name) {
        String value = null;
        for (String[] header : headers) {
            if (header[0].equalsIgnoreCase(name)) {
                if (value != null) {
                    return RepeatedHeaders.combine(name, headerValues(name));
                }
                value = header[1];
            }
        }
        return value;
    }

    @Override
    public List<String> headerValues(String name) {
        List<String> values = new ArrayList<>(1);
        for (String[] header : headers) {
            if (header[0].equalsIgnoreCase(name)) {
                values.add(header[1]);
            }
        }
        return values;
    }

    @Override
    public void forEachHeader(BiConsumer<String, String> action) {
        for (String[] header : headers) {
            action.accept(header[0], header[1]);
        }
    }

    @Override
    public InputStream body() {
        return body;
    }

    @Override
    public String remoteAddress() {
        return remoteAddress;
    }

    @Override
    public String scheme() {
        return scheme;
    }
}
