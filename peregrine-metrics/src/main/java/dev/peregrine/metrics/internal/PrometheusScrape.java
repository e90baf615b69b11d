package dev.peregrine.metrics.internal;

import dev.peregrine.Request;
import dev.peregrine.Responder;
import dev.peregrine.Response;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Answers a scrape with every meter of a registry: in Prometheus's text format, or in OpenMetrics
 * when the client's {@code Accept} prefers it (as Prometheus itself does).
 */
public final class PrometheusScrape implements Responder {

    /** Prometheus's text exposition format. */
    public static final String TEXT = "text/plain; version=0.0.4; charset=utf-8";
    /** OpenMetrics's text format. */
    public static final String OPEN_METRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    // NOTE: text first, so a client without a preference (curl's */*) gets the plain format.
    private static final List<String> OFFERED = List.of("text/plain", "application/openmetrics-text");

    private final PrometheusMeterRegistry registry;

    /** A responder scraping {@code registry}. */
    public PrometheusScrape(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void handle(Request req, Response resp) throws Exception {
        // NOTE: Prometheus's protobuf format is never offered: it would need protobuf's 2 MB on
        // the class path, and Prometheus falls back to text.
        String format = "application/openmetrics-text".equals(req.clientPrefers(OFFERED)) ? OPEN_METRICS : TEXT;
        ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
        registry.scrape(body, format);
        resp.contentType(format);
        resp.vary("Accept");
        resp.cacheControl("no-store");
        resp.data(body.toByteArray());
    }
}
