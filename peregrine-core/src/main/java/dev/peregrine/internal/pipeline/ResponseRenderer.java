package dev.peregrine.internal.pipeline;

import dev.peregrine.Request;
import dev.peregrine.Response;
import dev.peregrine.ResponseOptions;
import dev.peregrine.SetCookie;
import dev.peregrine.compression.ContentCoding;
import dev.peregrine.internal.compression.ResponseCompressor;
import dev.peregrine.internal.response.HeaderList;
import dev.peregrine.media.MediaHandler;
import dev.peregrine.media.MediaHandlers;
import dev.peregrine.sse.EventStreamBody;
import dev.peregrine.spi.RenderedResponse;
import dev.peregrine.spi.ResponseBody;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns what a responder set into the {@link RenderedResponse} servers send: picks the body,
 * serializes media, sets Content-Type and Content-Length, writes cookies, applies HTTP's rules for
 * HEAD and bodiless statuses, compresses the body when that is switched on, takes the
 * connection's headers out, and validates every header line.
 */
public final class ResponseRenderer {

    private static final String TEXT_TYPE = "text/plain; charset=utf-8";
    private static final String BINARY_TYPE = "application/octet-stream";
    private static final ResponseBody EMPTY = new ResponseBody.Bytes(new byte[0]);

    private final MediaHandlers handlers;
    private final ResponseOptions options;
    /** {@code null} when compression is off. */
    private final ResponseCompressor compressor;

    public ResponseRenderer(MediaHandlers handlers, ResponseOptions options) {
        this.handlers = handlers;
        this.options = options;
        this.compressor = options.compression() == null ? null : new ResponseCompressor(options.compression());
    }

    /**
     * Renders {@code resp} for {@code req}. Whatever the outcome, a stream or file body that is not
     * sent is closed or released.
     *
     * @throws IllegalStateException when media has a Content-Type no handler serializes
     * @throws IllegalArgumentException when a header line is not valid HTTP (a CR or LF in a value, say)
     */
    public RenderedResponse render(Request req, Response resp, HeaderList headers) {
        String route = req.uriTemplate();
        ResponseBody body = chooseBody(req, resp, headers);
        int status = resp.status();
        boolean head = "HEAD".equals(req.method());
        try {
            if (status < 200 || status == 204 || status == 304) {
                body.discard();
                body = ResponseBody.NONE;
                if (status == 304 && compressor != null) {
                    compressor.notModified(headers);
                }
                if (status == 204 || status == 304) {
                    headers.remove("Content-Type");
                }
                headers.remove("Content-Length");
            } else {
                long length = switch (body) {
                    case ResponseBody.Bytes bytes -> bytes.bytes().length;
                    case ResponseBody.File file -> file.region().count();
                    case ResponseBody.Stream stream -> stream.length();
                    case ResponseBody.Writer writer -> writer.length();
                    // NOTE: no body set: a HEAD responder may declare the length GET would send.
                    case ResponseBody.None none -> head ? resp.contentLength() : 0;
                };
                ContentCoding coding = compressor == null ? null : compressor.codingFor(req, status, body, length, headers);
                if (coding != null) {
                    // NOTE: HEAD gets the headers its GET would, but compressing a body to drop it
                    // would be wasted; the length of the encoded body is then unknown, and not sent.
                    body = head ? body : ResponseCompressor.encode(body, coding);
                    length = !head && body instanceof ResponseBody.Bytes bytes ? bytes.bytes().length : -1;
                }
                if (body == ResponseBody.NONE && !head) {
                    body = EMPTY;
                }
                if (length >= 0) {
                    headers.set("Content-Length", Long.toString(length));
                } else {
                    headers.remove("Content-Length");
                }
            }
            writeCookies(resp, headers);
            boolean close = connectionClose(headers);
            headers.remove("Transfer-Encoding");
            if (head) {
                // NOTE: RFC 9110 §9.3.2: same headers as GET, Content-Length included, but no body.
                body.discard();
                body = ResponseBody.NONE;
            }
            return new RenderedResponse(status, headers.names(), headers.values(), headers.size(), body, close, route);
        } catch (RuntimeException invalid) {
            body.discard();
            throw invalid;
        }
    }

    /** The body the responder set, in the order of precedence Response documents; a file that lost is released. */
    private ResponseBody chooseBody(Request req, Response resp, HeaderList headers) {
        ResponseBody body;
        String defaultType = BINARY_TYPE;
        if (resp.text() != null) {
            // PERF: ASCII-only text encodes without a CharsetEncoder.
            body = new ResponseBody.Bytes(resp.text().getBytes(StandardCharsets.UTF_8));
            defaultType = TEXT_TYPE;
        } else if (resp.data() != null) {
            body = new ResponseBody.Bytes(resp.data());
        } else if (resp.hasMedia()) {
            String contentType = headers.get("Content-Type");
            body = new ResponseBody.Bytes(serialize(resp.media(), contentType != null ? contentType : options.defaultMediaType()));
            defaultType = options.defaultMediaType();
        } else if (resp.stream() != null) {
            long length = resp.streamLength() >= 0 ? resp.streamLength() : resp.contentLength();
            body = new ResponseBody.Stream(resp.stream(), length);
        } else if (resp.writer() != null) {
            long length = resp.streamLength() >= 0 ? resp.streamLength() : resp.contentLength();
            body = new ResponseBody.Writer(resp.writer(), length);
        } else if (resp.eventStream() != null) {
            body = new ResponseBody.Writer(new EventStreamBody(resp.eventStream(), resp.heartbeat(),
                    req.header("Last-Event-ID")), -1);
        } else if (resp.fileRegion() != null) {
            body = new ResponseBody.File(resp.fileRegion());
        } else {
            return ResponseBody.NONE;
        }
        if (!(body instanceof ResponseBody.File) && resp.fileRegion() != null) {
            // NOTE: another body won; the file's owner (a cache of open files) must get it back.
            resp.fileRegion().release();
        }
        if (!headers.contains("Content-Type")) {
            headers.set("Content-Type", defaultType);
        }
        return body;
    }

    private byte[] serialize(Object media, String contentType) {
        MediaHandler handler = handlers.resolve(contentType);
        if (handler == null) {
            throw new IllegalStateException("The response media has Content-Type '" + contentType
                    + "', which no media handler serializes; register one with app.mediaHandlers().register(...)"
                    + " or set a body with text() or data()");
        }
        try {
            return handler.serialize(media, contentType);
        } catch (IOException e) {
            throw new UncheckedIOException("Serializing the response media failed", e);
        }
    }

    private void writeCookies(Response resp, HeaderList headers) {
        List<SetCookie> cookies = resp.cookies();
        if (cookies.isEmpty()) {
            return;
        }
        headers.remove("Set-Cookie");
        for (SetCookie cookie : cookies) {
            headers.add("Set-Cookie", cookie.toHeaderValue(options.secureCookiesByDefault()));
        }
    }

    /**
     * Whether the app asked to close the connection; the Connection header itself is the server's
     * to write, so it is taken out.
     */
    private static boolean connectionClose(HeaderList headers) {
        String connection = headers.get("Connection");
        if (connection == null) {
            return false;
        }
        headers.remove("Connection");
        for (String option : connection.split(",")) {
            if ("close".equalsIgnoreCase(option.strip())) {
                return true;
            }
        }
        return false;
    }
}
