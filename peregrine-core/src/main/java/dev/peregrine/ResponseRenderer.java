package dev.peregrine;

import dev.peregrine.internal.response.FileRegionInputStream;
import dev.peregrine.internal.response.HeaderList;
import dev.peregrine.media.MediaHandler;
import dev.peregrine.media.MediaHandlers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns what a responder set into the bytes and headers to send: picks the body, serializes
 * media, sets Content-Type and Content-Length, writes cookies, and applies HTTP's rules for HEAD
 * and bodiless statuses. Servers and the test client only copy what it leaves.
 */
final class ResponseRenderer {

    private static final String TEXT_TYPE = "text/plain; charset=utf-8";
    private static final String BINARY_TYPE = "application/octet-stream";
    private static final byte[] EMPTY = new byte[0];

    private final MediaHandlers handlers;
    private final ResponseOptions options;

    ResponseRenderer(MediaHandlers handlers, ResponseOptions options) {
        this.handlers = handlers;
        this.options = options;
    }

    /**
     * Renders {@code resp} for {@code req}.
     *
     * @throws IllegalStateException when media has a Content-Type no handler serializes, a bug in
     *     the responder that the pipeline answers with a 500
     */
    void render(Request req, Response resp) {
        HeaderList headers = resp.headerList();
        byte[] body = null;
        InputStream stream = null;
        FileRegionBody file = null;
        String defaultType = null;
        if (resp.text() != null) {
            // PERF: ASCII-only text encodes without a CharsetEncoder.
            body = resp.text().getBytes(StandardCharsets.UTF_8);
            defaultType = TEXT_TYPE;
        } else if (resp.data() != null) {
            body = resp.data();
            defaultType = BINARY_TYPE;
        } else if (resp.hasMedia()) {
            String contentType = headers.get("Content-Type");
            body = serialize(resp.media(), contentType != null ? contentType : options.defaultMediaType());
            defaultType = options.defaultMediaType();
        } else if (resp.stream() != null) {
            stream = resp.stream();
            defaultType = BINARY_TYPE;
        } else if (resp.fileRegion() != null) {
            file = resp.fileRegion();
            defaultType = BINARY_TYPE;
        }
        if (file == null && resp.fileRegion() != null) {
            // NOTE: another body won; the file's owner (a cache of open files) must get it back.
            resp.fileRegion().release();
        }

        int status = resp.status();
        if (status < 200 || status == 204 || status == 304) {
            closeQuietly(stream);
            release(file);
            body = null;
            stream = null;
            file = null;
            if (status == 204 || status == 304) {
                headers.remove("Content-Type");
            }
            headers.remove("Content-Length");
        } else {
            if (defaultType != null && !headers.contains("Content-Type")) {
                headers.set("Content-Type", defaultType);
            }
            if (file != null) {
                headers.set("Content-Length", Long.toString(file.count()));
            } else if (stream == null) {
                headers.set("Content-Length", Integer.toString(body == null ? 0 : body.length));
                if (body == null) {
                    body = EMPTY;
                }
            }
        }
        writeCookies(resp, headers);
        if ("HEAD".equals(req.method())) {
            // NOTE: RFC 9110 §9.3.2: same headers as GET, Content-Length included, but no body.
            closeQuietly(stream);
            release(file);
            body = null;
            stream = null;
            file = null;
        }
        if (file != null) {
            // NOTE: servers that know file regions send them zero-copy; the others send this stream.
            stream = new FileRegionInputStream(file);
        }
        resp.rendered(body, stream, file);
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
        List<SetCookie> cookies = resp.cookieList();
        if (cookies == null) {
            return;
        }
        headers.remove("Set-Cookie");
        for (SetCookie cookie : cookies) {
            headers.add("Set-Cookie", cookie.toHeaderValue(options.secureCookiesByDefault()));
        }
    }

    private static void release(FileRegionBody file) {
        if (file != null) {
            file.release();
        }
    }

    private static void closeQuietly(InputStream stream) {
        if (stream == null) {
            return;
        }
        try {
            stream.close();
        } catch (IOException ignored) {
            // NOTE: the body is being discarded; a failure to close it changes nothing for the client.
        }
    }
}
