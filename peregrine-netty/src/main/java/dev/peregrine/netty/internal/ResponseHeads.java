package dev.peregrine.netty.internal;

import dev.peregrine.Response;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpHeadersFactory;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

/**
 * Copies a response the app rendered into Netty's response objects. The app already decided
 * status, headers, Content-Length, cookies and what HEAD gets; this adds only what belongs to the
 * connection: {@code Date}, {@code Connection} and the chunked framing of streams without a length.
 *
 * <p>Header names and values are validated while copying, so a value holding CR or LF fails here,
 * on the responder's thread, instead of splitting the response on the wire.
 */
final class ResponseHeads {

    private static final HttpHeadersFactory HEADERS = DefaultHttpHeadersFactory.headersFactory();
    private static final HttpResponseStatus[] STATUSES = new HttpResponseStatus[1000];

    private ResponseHeads() {
    }

    /** A whole response with its body bytes (none for HEAD and bodiless statuses). */
    static FullHttpResponse full(Response resp, PendingRequest request, boolean close) {
        byte[] body = resp.body();
        // PERF: the body is wrapped, not copied.
        ByteBuf content = body == null || body.length == 0 ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(body);
        return new DefaultFullHttpResponse(request.version, status(resp), content,
                headers(resp, request, close, false), EmptyHttpHeaders.INSTANCE);
    }

    /** The head of a streamed response; its chunks follow. */
    static HttpResponse streamHead(Response resp, PendingRequest request, boolean chunked, boolean close) {
        return new DefaultHttpResponse(request.version, status(resp), headers(resp, request, close, chunked));
    }

    /** The {@code 100 Continue} interim response. */
    static FullHttpResponse continueResponse() {
        return new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE, Unpooled.EMPTY_BUFFER,
                HEADERS.newEmptyHeaders(), EmptyHttpHeaders.INSTANCE);
    }

    /** Whether the app asked to close the connection after this response. */
    static boolean asksToClose(Response resp) {
        String connection = resp.header("Connection");
        return connection != null && connection.regionMatches(true, 0, "close", 0, 5);
    }

    private static HttpHeaders headers(Response resp, PendingRequest request, boolean close, boolean chunked) {
        HttpHeaders headers = HEADERS.newHeaders();
        resp.forEachHeader(headers::add);
        // NOTE: names written in the case the core writes its own headers in.
        if (!headers.contains(HttpHeaderNames.DATE)) {
            headers.add("Date", HttpDateClock.now());
        }
        if (chunked) {
            headers.set("Transfer-Encoding", HttpHeaderValues.CHUNKED);
        }
        if (close) {
            headers.set("Connection", HttpHeaderValues.CLOSE);
        } else if (request.version == HttpVersion.HTTP_1_0) {
            // NOTE: HTTP/1.0 closes after each response unless both sides say keep-alive.
            headers.set("Connection", HttpHeaderValues.KEEP_ALIVE);
        }
        return headers;
    }

    private static HttpResponseStatus status(Response resp) {
        int code = resp.status();
        if (code < 100 || code >= STATUSES.length) {
            return new HttpResponseStatus(code, reason(resp));
        }
        HttpResponseStatus status = STATUSES[code];
        if (status == null) {
            // PERF: built once per code, with the app's reason phrase (RFC 9110's names).
            status = new HttpResponseStatus(code, reason(resp));
            STATUSES[code] = status;
        }
        return status;
    }

    private static String reason(Response resp) {
        String line = resp.statusLine();
        int space = line.indexOf(' ');
        return space < 0 ? "" : line.substring(space + 1);
    }
}
