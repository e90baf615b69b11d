package dev.peregrine.benchmarks.pipeline;

import dev.peregrine.spi.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A bodiless request built once and handed to the app again and again, so a benchmark measures
 * the framework rather than building requests. It carries the one header a load generator such
 * as wrk sends, {@code Host}.
 */
public final class PrebuiltExchange implements HttpExchange {

    private static final String HOST = "Host";

    private final String method;
    private final String target;
    private final String host;
    private final List<String> hostValues;
    // NOTE: an empty stream stays at its end however often it is read, so one can be shared.
    private final InputStream emptyBody = new ByteArrayInputStream(new byte[0]);

    /**
     * A request for {@code target}.
     *
     * @param method the method, such as {@code GET}
     * @param target the request-target in origin form, such as {@code /queues/demo/messages?size=64k}
     */
    public PrebuiltExchange(String method, String target) {
        this.method = method;
        this.target = target;
        this.host = "localhost:8000";
        this.hostValues = List.of(host);
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
        return HOST.equalsIgnoreCase(name) ? host : null;
    }

    @Override
    public List<String> headerValues(String name) {
        return HOST.equalsIgnoreCase(name) ? hostValues : List.of();
    }

    @Override
    public void forEachHeader(BiConsumer<String, String> action) {
        action.accept(HOST, host);
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
