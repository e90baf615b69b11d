package dev.peregrine.spi;

import java.io.InputStream;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * One HTTP request as a server (or the in-process test client) hands it to the framework.
 *
 * <p>This is the whole contract between Peregrine's core and whatever carries bytes: the embedded
 * server and {@code TestClient} both implement it, so HTTP semantics (HEAD, Content-Length,
 * cookies, errors) live in the core once and cannot drift between them. An implementation wraps
 * its own header structure instead of copying it.
 */
public interface HttpExchange {

    /** The request method exactly as received, for example {@code GET}. */
    String method();

    /**
     * The raw request-target in origin form, as received and not yet percent-decoded:
     * the path plus an optional {@code ?query}, for example {@code /a%2Fb?x=1}; or {@code *}
     * (asterisk form) for a request about the server as a whole, such as {@code OPTIONS *}.
     */
    String target();

    /**
     * A header's value, looked up case-insensitively, or {@code null} when absent. A header sent on
     * several lines reads as {@link RepeatedHeaders#combine(String, List)} says. The core reads a few
     * headers on every request, so a header sent once should cost no allocation.
     */
    String header(String name);

    /** Every value of a header in the order received; an empty list when absent. */
    List<String> headerValues(String name);

    /** Calls {@code action} with each header line's name (as received) and value, in order. */
    void forEachHeader(BiConsumer<String, String> action);

    /** The request body; an empty stream when there is none. Read at most once. */
    InputStream body();

    /** The IP address of the peer that sent the request, as a literal such as {@code 127.0.0.1}. */
    String remoteAddress();

    /** {@code http} or {@code https}. */
    String scheme();
}
