package dev.peregrine.netty.internal;

import dev.peregrine.spi.RenderedResponse;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpHeadersFactory;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

/**
 * Copies the head of a response whose body is sent in pieces (a stream, a writer, a file) into
 * Netty's response objects, for its encoder. The app already decided status, reason, headers,
 * Content-Length, cookies and what HEAD gets, and validated every line; this adds only what
 * belongs to the connection: {@code Date}, {@code Connection} and the chunked framing of a body of
 * unknown length. Whole responses skip Netty's objects: see {@link WholeResponse}.
 */
final class ResponseHeads {

    /** PERF: the core validated every line once; Netty's own checks would repeat the work. */
    private static final HttpHeadersFactory HEADERS =
            DefaultHttpHeadersFactory.headersFactory().withValidation(false);
    private static final HttpResponseStatus[] STATUSES = new HttpResponseStatus[1000];

    private ResponseHeads() {
    }

    /** The head of a response whose body follows in pieces: a stream or a file region. */
    static HttpResponse streamHead(RenderedResponse answer, PendingRequest request, boolean chunked, boolean close) {
        return new DefaultHttpResponse(request.version, status(answer), headers(answer, request, close, chunked));
    }

    /** The {@code 100 Continue} interim response. */
    static FullHttpResponse continueResponse() {
        return new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE, Unpooled.EMPTY_BUFFER,
                HEADERS.newEmptyHeaders(), EmptyHttpHeaders.INSTANCE);
    }

    private static HttpHeaders headers(RenderedResponse answer, PendingRequest request, boolean close, boolean chunked) {
        HttpHeaders headers = HEADERS.newHeaders();
        int count = answer.headerCount();
        boolean dated = false;
        for (int i = 0; i < count; i++) {
            String name = answer.headerName(i);
            dated |= name.length() == 4 && name.equalsIgnoreCase("Date");
            headers.add(name, answer.headerValue(i));
        }
        // NOTE: names written in the case the core writes its own headers in.
        if (!dated) {
            headers.add("Date", HttpDateClock.now());
        }
        if (request.requestId != null) {
            headers.set(request.requestIdHeader, request.requestId);
        }
        if (chunked) {
            headers.add("Transfer-Encoding", HttpHeaderValues.CHUNKED);
        }
        if (close) {
            headers.add("Connection", HttpHeaderValues.CLOSE);
        } else if (request.version == HttpVersion.HTTP_1_0) {
            // NOTE: HTTP/1.0 closes after each response unless both sides say keep-alive.
            headers.add("Connection", HttpHeaderValues.KEEP_ALIVE);
        }
        return headers;
    }

    private static HttpResponseStatus status(RenderedResponse answer) {
        int code = answer.status();
        HttpResponseStatus status = STATUSES[code];
        if (status == null) {
            // PERF: built once per code, with the app's reason phrase (RFC 9110's names).
            status = new HttpResponseStatus(code, answer.reason());
            STATUSES[code] = status;
        }
        return status;
    }
}
