package dev.peregrine.benchmarks.pipeline;

import dev.peregrine.spi.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A bodiless request built once and handed to the app again and again, so a benchmark measures
 * the framework rather than building requests. It carries the one header a load generator such
 * as wrk sends, {@code Host}, and optionally one more, such as {@code Accept-Encoding}.
 */
public final class PrebuiltExchange implements HttpExchange {

    private static final String HOST = "Host";

    private final String method;
    private final String target;
    private final String host;
    private final List<String> hostValues;
    private final String extraName;
    private final String extraValue;
    // NOTE: an empty stream stays at its end however often it is read, so one can be shared.
    private final InputStream emptyBody = new ByteArrayInputStream(new byte[0]);

    /**
     * A request for {@code target}.
     *
     * @param method the method, such as {@code GET}
     * @param target the request-target in origin form, such as {@code /queues/demo/messages?size=64k}
     */
    public PrebuiltExchange(String method, String target) {
        this(method, target, null, null);
    }

    /** A request for {@code target} with one header besides {@code Host}; a {@code null} name for none. */
    public PrebuiltExchange(String method, String target, String headerName, String headerValue) {
        this.method = method;
        this.target = target;
        this.host = "localhost:8000";
        this.hostValues = List.of(host);
        this.extraName = headerName;
        this.extraValue = headerValue;
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
        if (HOST.equalsIgnoreCase(name)) {
            return host;
        }
        return extraName != null && extraName.equalsIgnoreCase(name) ? extraValue : null;
    }

    @Override
    public List<String> headerValues(String name) {
        if (HOST.equalsIgnoreCase(name)) {
            return hostValues;
        }
        return extraName != null && extraName.equalsIgnoreCase(name) ? List.of(extraValue) : List.of();
    }

    @Override
    public void forEachHeader(BiConsumer<String, String> action) {
        action.accept(HOST, host);
        if (extraName != null) {
            action.accept(extraName, extraValue);
        }
    }

    @Override
    public InputStream body() {
        return emptyBody;
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
