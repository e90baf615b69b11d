package dev.peregrine.netty.accesslog;

import dev.peregrine.TrustedProxies;
import dev.peregrine.netty.CompletedExchange;
import dev.peregrine.netty.ServerObserver;
import dev.peregrine.netty.internal.RequestProtocol;
import dev.peregrine.spi.HttpExchange;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * An access log: one line per answered request, in {@linkplain AccessLogFormat Common, Combined
 * or JSON} format, to a file, stdout or a syslog receiver. Off unless added to a server:
 *
 * {@snippet :
 * PeregrineServer.builder(app)
 *         .accessLog(AccessLog.file(Path.of("access.log")).format(AccessLogFormat.JSON).build())
 *         .build().start();
 * }
 *
 * <p>Each destination is written {@linkplain AccessLogBuilder#synchronous() synchronously} (on
 * the thread that completed the request, flushed per line) or
 * {@linkplain AccessLogBuilder#asynchronous(int) asynchronously} (queued for a thread of the
 * log's own, flushed per batch; the default, and the only way to syslog). A line's time is when
 * the response's last byte was handed to the connection. The server closes the log once it has
 * stopped, writing what is queued.
 */
public final class AccessLog implements ServerObserver, AutoCloseable {

    private final LineFormat format;
    private final Delivery delivery;
    private final LostLines lost;
    private final TrustedProxies proxies;
    private final Clock clock;
    private final String description;

    AccessLog(LineFormat format, Delivery delivery, LostLines lost, TrustedProxies proxies, Clock clock, String description) {
        this.format = format;
        this.delivery = delivery;
        this.lost = lost;
        this.proxies = proxies;
        this.clock = clock;
        this.description = description;
    }

    // ---- Destinations ---------------------------------------------------------------------------

    /** A log appended to the file at {@code path} (created when missing, UTF-8). */
    public static AccessLogBuilder file(Path path) {
        return new AccessLogBuilder(new AccessLogBuilder.FileDestination(path));
    }

    /** A log to standard output, as containers collect it. */
    public static AccessLogBuilder stdout() {
        return new AccessLogBuilder(new AccessLogBuilder.StdoutDestination());
    }

    /** A log to {@code out}, a pipe for example; closing the log flushes it and leaves it open. */
    public static AccessLogBuilder stream(OutputStream out) {
        return new AccessLogBuilder(new AccessLogBuilder.StreamDestination(out));
    }

    /**
     * A log sent as RFC 5424 syslog messages over UDP to {@code host}:{@code port} (514 is
     * syslog's port), one datagram per line, always by the log's own thread.
     */
    public static AccessLogBuilder syslog(String host, int port) {
        return new AccessLogBuilder(new AccessLogBuilder.SyslogDestination(host, port));
    }

    // ---- What the server calls -----------------------------------------------------------------

    /** Takes the line's fields from {@code exchange} and writes it or queues it; never blocks in asynchronous mode. */
    @Override
    public void requestCompleted(CompletedExchange exchange) {
        HttpExchange request = exchange.request();
        boolean agentAndReferer = format.printsAgentAndReferer();
        delivery.deliver(new AccessRecord(clock.millis(), request.method(), request.target(),
                RequestProtocol.of(request), exchange.route(), exchange.status(), exchange.responseBodyBytes(),
                exchange.durationNanos(), proxies.clientAddress(request),
                agentAndReferer ? request.header("User-Agent") : null,
                agentAndReferer ? request.header("Referer") : null,
                exchange.requestId()));
    }

    /**
     * Lines not written since the log was built: dropped because the asynchronous queue was full,
     * or because writing failed. Each drop is also reported in the server's log (at most once
     * every ten seconds, with the count and the fix). For a metrics counter.
     */
    public long droppedLines() {
        return lost.total();
    }

    /**
     * Writes what is queued, flushes, and closes the file or socket (standard output and given
     * streams are flushed and left open); lines of requests completing afterwards are dropped and
     * counted. The server calls it once it has stopped; calling it again does nothing.
     */
    @Override
    public void close() {
        delivery.close();
    }

    /** What the log writes, where and how, for example {@code JSON to access.log, asynchronous (queue of 8192 lines)}. */
    @Override
    public String toString() {
        return description;
    }
}
