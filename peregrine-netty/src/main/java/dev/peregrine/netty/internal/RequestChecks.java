package dev.peregrine.netty.internal;

import dev.peregrine.errors.HttpBadRequest;
import dev.peregrine.errors.HttpContentTooLarge;
import dev.peregrine.errors.HttpError;
import dev.peregrine.errors.HttpRequestHeaderFieldsTooLarge;
import dev.peregrine.errors.HttpServiceUnavailable;
import dev.peregrine.errors.HttpUriTooLong;
import dev.peregrine.errors.HttpVersionNotSupported;
import dev.peregrine.netty.ServerSettings;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import java.util.List;

/**
 * What the server checks in a request head before the app sees it, and the error each failure
 * is answered with. Every one of these closes the connection: after a malformed message the
 * server cannot know where the next one starts.
 *
 * <p>Netty's decoder already rejects (and these map to 400): a request line or header it cannot
 * parse, whitespace before a header's colon, differing or repeated Content-Length values,
 * Content-Length together with Transfer-Encoding, a Transfer-Encoding whose last coding is not
 * chunked or that appears in an HTTP/1.0 request, and bad chunk sizes or chunk endings. What it
 * lets through is checked here: a transfer coding other than chunked alone (the server decodes
 * no other), a missing or repeated Host in HTTP/1.1, HTTP versions other than 1.x, and request
 * targets the app cannot route.
 */
final class RequestChecks {

    private static final int MAX_DETAIL = 200;

    private RequestChecks() {
    }

    /** The error for a request head Netty could not decode. */
    static HttpError decoderFailure(Throwable cause, ServerSettings settings) {
        if (cause instanceof TooLongHttpLineException) {
            return new HttpUriTooLong("Request line too long", "The request line is longer than "
                    + settings.maxRequestLineLength() + " bytes; send long data in the body instead of the URI.");
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return new HttpRequestHeaderFieldsTooLarge("Request header fields too large", "The request headers take more than "
                    + settings.maxHeaderSize() + " bytes; send fewer or shorter headers.");
        }
        return malformed(cause);
    }

    /** The error for a chunked body whose framing is broken. */
    static HttpError malformedBody(Throwable cause) {
        return new HttpBadRequest("Malformed chunked body", "The chunked request body is malformed: " + detail(cause) + ".");
    }

    /**
     * The error the server answers {@code request} with itself, or {@code null} when the app may
     * see it: a head Netty could not decode, a framing the server refuses, a target it cannot route
     * ({@code target} is {@link #originForm}'s), a declared body over the limit, an expectation it
     * cannot meet.
     */
    static HttpError refusal(HttpRequest request, String target, ServerSettings settings) {
        if (request.decoderResult().isFailure()) {
            return decoderFailure(request.decoderResult().cause(), settings);
        }
        HttpError framing = framing(request);
        if (framing != null) {
            return framing;
        }
        if (target == null) {
            return badTarget(request);
        }
        if (HttpUtil.getContentLength(request, -1L) > settings.maxBodySize()) {
            return tooLarge(settings);
        }
        String expect = request.headers().get(HttpHeaderNames.EXPECT);
        if (expect != null && atLeastHttp11(request) && !"100-continue".equalsIgnoreCase(expect.strip())) {
            return new HttpError(417, "Expectation failed", "The only expectation this server meets is '100-continue';"
                    + " the request had '" + truncate(expect) + "'.");
        }
        return null;
    }

    /**
     * Whether the client holds its body back until {@code 100 Continue}. NOTE: RFC 9110 §10.1.1: an
     * HTTP/1.0 client's expectation is ignored.
     */
    static boolean expectsContinue(HttpRequest request) {
        return atLeastHttp11(request) && request.headers().contains(HttpHeaderNames.EXPECT);
    }

    /**
     * Whether the request is HTTP/1.1 or a later 1.x, which is read as 1.1 (RFC 9110 §2.5: a
     * recipient treats a higher minor version as the highest it speaks).
     */
    private static boolean atLeastHttp11(HttpRequest request) {
        return request.protocolVersion().minorVersion() >= 1;
    }

    /** The 413 for a body over {@link ServerSettings#maxBodySize()}. */
    static HttpContentTooLarge tooLarge(ServerSettings settings) {
        return new HttpContentTooLarge("Request body too large", "The request body is larger than "
                + settings.maxBodySize() + " bytes, the most this server accepts.");
    }

    /** The 503 for a request beyond {@link ServerSettings#maxConcurrentRequests()}. */
    static HttpServiceUnavailable busy(ServerSettings settings) {
        return new HttpServiceUnavailable(1, "Server busy", "The server has " + settings.maxConcurrentRequests()
                + " requests in flight; retry shortly.");
    }

    /** The 503 for a request that arrived after the server began to stop. */
    static HttpServiceUnavailable stopping() {
        return new HttpServiceUnavailable(1, "Server stopping", "The server is stopping and takes no new requests;"
                + " retry, on another instance if there is one.");
    }

    /** The 400 for a client that speaks plain HTTP to a port that speaks HTTPS. */
    static HttpError plainHttpOnTlsPort() {
        return new HttpBadRequest("Plain HTTP sent to an HTTPS port", "This port speaks HTTPS only; use an https:// URL.");
    }

    /** The 408 for request headers that did not arrive in time. */
    static HttpError headersTooSlow(ServerSettings settings) {
        return new HttpError(408, "Request timeout", "The request headers did not arrive within "
                + settings.headerReadTimeout().toMillis() + " ms.");
    }

    /** The 408 for a request body that stopped arriving. */
    static HttpError bodyStalled(ServerSettings settings) {
        return new HttpError(408, "Request timeout", "No part of the request body arrived for "
                + settings.bodyReadTimeout().toMillis() + " ms.");
    }

    /** The 408 for a request body that arrives slower than the minimum rate. */
    static HttpError bodyTooSlow(ServerSettings settings) {
        return new HttpError(408, "Request timeout", "The request body arrived at less than "
                + settings.minBodyRate() + " bytes per second.");
    }

    /** The error for a head that decoded but may not be served, or {@code null} when it may. */
    private static HttpError framing(HttpRequest request) {
        HttpVersion version = request.protocolVersion();
        if (version.majorVersion() != 1) {
            return new HttpVersionNotSupported("HTTP version not supported",
                    "This server speaks HTTP/1.1 and HTTP/1.0; the request was " + version.text() + ".");
        }
        HttpHeaders headers = request.headers();
        List<String> codings = headers.getAll(HttpHeaderNames.TRANSFER_ENCODING);
        if (!codings.isEmpty() && (codings.size() > 1 || !"chunked".equalsIgnoreCase(codings.get(0).strip()))) {
            // NOTE: RFC 9112 §6.1: a server must not accept a coding it does not decode, or it
            // would misread where the body ends.
            return new HttpBadRequest("Unsupported transfer coding", "Only 'Transfer-Encoding: chunked' is accepted;"
                    + " the request had '" + String.join(", ", codings) + "'.");
        }
        if (version.minorVersion() >= 1) {
            int hosts = headers.getAll(HttpHeaderNames.HOST).size();
            if (hosts != 1) {
                // NOTE: RFC 9112 §3.2: an HTTP/1.1 request without exactly one Host is a 400.
                return new HttpBadRequest(hosts == 0 ? "Missing Host header" : "Several Host headers",
                        "An HTTP/1.1 request must carry exactly one Host header; it had " + hosts + ".");
            }
        }
        return null;
    }

    /**
     * The request-target in the origin form the app routes ({@code /path?query}), or {@code null}
     * when it has none: absolute-form targets are reduced to their path and query (RFC 9112
     * §3.2.2) and {@code OPTIONS *} becomes {@code *}.
     */
    static String originForm(HttpRequest request) {
        String uri = request.uri();
        if (!uri.isEmpty() && uri.charAt(0) == '/') {
            return uri;
        }
        if ("*".equals(uri)) {
            return "OPTIONS".equals(request.method().name()) ? uri : null;
        }
        int scheme = uri.indexOf("://");
        if (scheme <= 0 || !(uri.regionMatches(true, 0, "http", 0, scheme))) {
            return null;
        }
        int path = uri.indexOf('/', scheme + 3);
        int query = uri.indexOf('?', scheme + 3);
        if (path < 0 || query >= 0 && query < path) {
            return query < 0 ? "/" : "/" + uri.substring(query);
        }
        return uri.substring(path);
    }

    /** The error for a request-target {@link #originForm} refused. */
    private static HttpError badTarget(HttpRequest request) {
        return new HttpBadRequest("Invalid request target", "The request target must be a path starting with '/'"
                + " (or an absolute http URI); it was '" + truncate(request.uri()) + "'.");
    }

    private static HttpError malformed(Throwable cause) {
        return new HttpBadRequest("Malformed request", "The request is not valid HTTP/1.1: " + detail(cause) + ".");
    }

    private static String detail(Throwable cause) {
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            message = cause.getClass().getSimpleName();
        }
        if (message.endsWith(".")) {
            message = message.substring(0, message.length() - 1);
        }
        return truncate(message);
    }

    private static String truncate(String text) {
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "...";
    }
}
