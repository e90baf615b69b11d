package dev.peregrine;

import dev.peregrine.internal.http.ContentDisposition;
import dev.peregrine.internal.http.HttpDates;
import dev.peregrine.internal.response.HeaderList;
import dev.peregrine.internal.uri.PercentCodec;
import dev.peregrine.sse.EventStream;
import dev.peregrine.sse.EventStreamWriter;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The response a responder builds: status, headers, cookies and one body. The app renders it
 * into a {@link dev.peregrine.spi.RenderedResponse}, which is what servers send.
 *
 * <p>The body is one of {@link #text(String)} (UTF-8, {@code text/plain; charset=utf-8} unless a
 * Content-Type is set), {@link #data(byte[])} ({@code application/octet-stream}),
 * {@link #media(Object)} (serialized by the media handler for the Content-Type, JSON by default),
 * {@link #stream(InputStream)}, {@link #stream(BodyWriter)}, {@link #sse(EventStreamWriter)} or
 * {@link #file(FileChannel, long, long)}; when several are set, text wins over data, data over
 * media, media over a stream, a stream over a writer, a writer over events, events over a file. Content-Length
 * is computed; 1xx, 204 and 304 responses carry no body, and 204 and 304 no Content-Type.
 * {@code Connection} and {@code Transfer-Encoding} belong to the server: a {@code Connection}
 * header asking to close is passed on as such, and neither is sent as written.
 */
public final class Response {

    private final HeaderList headers;
    private int status = 200;
    private String text;
    private byte[] data;
    private Object media;
    private boolean mediaSet;
    private InputStream stream;
    private BodyWriter writer;
    private long streamLength = -1;
    private FileRegionBody file;
    private EventStreamWriter events;
    private Duration heartbeat;
    private long contentLength = -1;
    private List<SetCookie> cookies;
    private Context context;
    private boolean complete;

    /** A response writing its header lines into {@code headers}, which the app renders from. */
    Response(HeaderList headers) {
        this.headers = headers;
    }

    // ---- Status --------------------------------------------------------------------------------

    /** The status code (default 200). */
    public int status() {
        return status;
    }

    /** Sets the status code; any three-digit code is allowed ({@code 719 Unknown}). */
    public Response status(int code) {
        StatusLine.of(code);
        this.status = code;
        return this;
    }

    /** The status line, for example {@code "201 Created"}. */
    public String statusLine() {
        return StatusLine.of(status);
    }

    // ---- Body ----------------------------------------------------------------------------------

    /** Sets a text body, sent as UTF-8. */
    public Response text(String text) {
        this.text = text;
        return this;
    }

    /** The text body, or {@code null}. */
    public String text() {
        return text;
    }

    /** Sets a binary body. */
    public Response data(byte[] data) {
        this.data = data;
        return this;
    }

    /** The binary body, or {@code null}. */
    public byte[] data() {
        return data;
    }

    /** Sets a value to serialize by the media handler for the Content-Type (JSON unless set). */
    public Response media(Object media) {
        this.media = media;
        this.mediaSet = true;
        return this;
    }

    /** The media value, or {@code null}. */
    public Object media() {
        return media;
    }

    /** Whether {@link #media(Object)} was called (a {@code null} media value renders as JSON {@code null}). */
    public boolean hasMedia() {
        return mediaSet;
    }

    /** Streams the body from {@code stream} with an unknown length (sent chunked by a server). */
    public Response stream(InputStream stream) {
        return stream(stream, -1);
    }

    /** Streams the body from {@code stream}, which holds exactly {@code length} bytes. */
    public Response stream(InputStream stream, long length) {
        this.stream = stream;
        this.streamLength = length;
        return this;
    }

    /** The body stream set, or {@code null}. */
    public InputStream stream() {
        return stream;
    }

    /**
     * Writes the body as it is produced, with an unknown length (sent chunked by a server); see
     * {@link BodyWriter} for back-pressure and flushing.
     */
    public Response stream(BodyWriter writer) {
        return stream(writer, -1);
    }

    /** Writes a body of exactly {@code length} bytes as it is produced; writing more or less fails the response. */
    public Response stream(BodyWriter writer, long length) {
        this.writer = writer;
        this.streamLength = length;
        return this;
    }

    /** The body writer set, or {@code null}. */
    public BodyWriter writer() {
        return writer;
    }

    /**
     * Answers with server-sent events ({@code text/event-stream}): {@code writer} sends events
     * until it returns or the client goes away, and a comment line keeps the connection alive
     * after 15 s without an event. The response says {@code X-Accel-Buffering: no}, so nginx
     * passes each event on as it comes even where it buffers other answers.
     *
     * {@snippet :
     * app.get("/ticks", (req, resp) -> resp.sse(events -> {
     *     long next = events.lastEventId() == null ? 0 : Long.parseLong(events.lastEventId()) + 1;
     *     while (events.isOpen()) {
     *         events.send(new ServerSentEvent().id(Long.toString(next)).event("tick").data("tick " + next++));
     *         Thread.sleep(1000);
     *     }
     * }));
     * }
     */
    public Response sse(EventStreamWriter writer) {
        return sse(writer, EventStream.DEFAULT_HEARTBEAT);
    }

    /** As {@link #sse(EventStreamWriter)}, sending a heartbeat comment after {@code heartbeat} without an event. */
    public Response sse(EventStreamWriter writer, Duration heartbeat) {
        this.events = writer;
        this.heartbeat = heartbeat;
        headers.set("Content-Type", "text/event-stream");
        headers.set("Cache-Control", "no-cache");
        // NOTE: nginx (proxy_buffering on, its default) would otherwise hold events in its buffers.
        headers.set("X-Accel-Buffering", "no");
        return this;
    }

    /** The stream's declared length, or -1. */
    public long streamLength() {
        return streamLength;
    }

    /**
     * Sends {@code count} bytes of {@code channel} from {@code position} ({@code application/octet-stream}
     * unless a Content-Type is set). The response owns the channel: it is closed once the bytes
     * are sent, or when the body is dropped (HEAD, 304, an error).
     */
    public Response file(FileChannel channel, long position, long count) {
        return file(FileRegionBody.closingChannel(channel, position, count));
    }

    /**
     * Sends a file region whose owner decides what releasing it means, such as a cache of open
     * files; a file body set before is released.
     */
    public Response file(FileRegionBody region) {
        if (file != null && file != region) {
            file.release();
        }
        this.file = region;
        return this;
    }

    /** The file body set, or {@code null}. */
    public FileRegionBody fileRegion() {
        return file;
    }

    /**
     * Declares the body's length, for a HEAD responder that sends none or a stream set without
     * one; the length of a text, data, media or file body is always what that body holds.
     */
    public Response contentLength(long length) {
        if (length < 0) {
            throw new IllegalArgumentException("A content length is at least 0, not " + length);
        }
        this.contentLength = length;
        return this;
    }

    /** The length declared with {@link #contentLength(long)} (or a Content-Length header), or -1. */
    public long contentLength() {
        if (contentLength >= 0) {
            return contentLength;
        }
        String header = headers.get("Content-Length");
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The response's Content-Length header is '" + header
                    + "', not a number; use resp.contentLength(long)", e);
        }
    }

    /** Clears text, data, media, stream, writer, events and file (released), keeping status and headers; error handlers start from here. */
    public void clearBody() {
        text = null;
        data = null;
        media = null;
        mediaSet = false;
        stream = null;
        writer = null;
        events = null;
        streamLength = -1;
        if (file != null) {
            file.release();
            file = null;
        }
    }

    // ---- Headers -------------------------------------------------------------------------------

    /** Sets a header, replacing previous values; the name's case is kept as written. Use {@link #setCookie} for cookies. */
    public Response setHeader(String name, String value) {
        rejectSetCookie(name);
        headers.set(name, value);
        return this;
    }

    /**
     * Sets several headers, each as {@link #setHeader(String, String)} would, in the map's order.
     * {@snippet :
     * resp.setHeaders(Map.of("Cache-Control", "no-store", "X-Request-ID", id));
     * }
     */
    public Response setHeaders(Map<String, String> headers) {
        headers.forEach(this::setHeader);
        return this;
    }

    /** Appends to a header, comma-joined with the value it has. */
    public Response appendHeader(String name, String value) {
        rejectSetCookie(name);
        headers.append(name, value);
        return this;
    }

    /** A header's value (case-insensitive lookup), or {@code null}. */
    public String header(String name) {
        return headers.get(name);
    }

    /** Removes a header. */
    public Response deleteHeader(String name) {
        rejectSetCookie(name);
        headers.remove(name);
        return this;
    }

    /** Calls {@code action} with each header line set so far, in order; cookies are in {@link #cookies()}. */
    public void forEachHeader(BiConsumer<String, String> action) {
        headers.forEach(action);
    }

    /** The Content-Type header. */
    public Response contentType(String contentType) {
        headers.set("Content-Type", contentType);
        return this;
    }

    /** The Content-Type header, or {@code null}. */
    public String contentType() {
        return headers.get("Content-Type");
    }

    /** Sets Location, percent-encoding characters a URI cannot hold unless the value is already encoded. */
    public Response location(String uri) {
        headers.set("Location", PercentCodec.encodeUriCheckEscaped(uri));
        return this;
    }

    /** Sets Content-Location, encoded as {@link #location(String)}. */
    public Response contentLocation(String uri) {
        headers.set("Content-Location", PercentCodec.encodeUriCheckEscaped(uri));
        return this;
    }

    /** Sets a strong ETag; the value is quoted for you unless it already is. */
    public Response etag(String opaqueTag) {
        return etag(opaqueTag.startsWith("\"") || opaqueTag.startsWith("W/") ? ETag.parse(opaqueTag) : ETag.strong(opaqueTag));
    }

    /** Sets the ETag header. */
    public Response etag(ETag etag) {
        headers.set("ETag", etag.toString());
        return this;
    }

    /** Sets Last-Modified as an HTTP-date. */
    public Response lastModified(Instant instant) {
        headers.set("Last-Modified", HttpDates.format(instant));
        return this;
    }

    /** Sets Expires as an HTTP-date. */
    public Response expires(Instant instant) {
        headers.set("Expires", HttpDates.format(instant));
        return this;
    }

    /** Sets Cache-Control from directives such as {@code "public"}, {@code "max-age=3600"}. */
    public Response cacheControl(String... directives) {
        headers.set("Cache-Control", String.join(", ", directives));
        return this;
    }

    /** Sets Vary from header names. */
    public Response vary(String... headerNames) {
        headers.set("Vary", String.join(", ", headerNames));
        return this;
    }

    /** Sets {@code Content-Range: bytes start-end/length}. */
    public Response contentRange(long start, long end, long length) {
        return contentRange(start, end, length, "bytes");
    }

    /** Sets {@code Content-Range: unit start-end/length}. */
    public Response contentRange(long start, long end, long length, String unit) {
        headers.set("Content-Range", unit + " " + start + "-" + end + "/" + length);
        return this;
    }

    /** Sets Accept-Ranges, for example {@code "bytes"} or {@code "none"}. */
    public Response acceptRanges(String unit) {
        headers.set("Accept-Ranges", unit);
        return this;
    }

    /** Sets Retry-After in seconds. */
    public Response retryAfter(long seconds) {
        headers.set("Retry-After", Long.toString(seconds));
        return this;
    }

    /** Sets Retry-After as an HTTP-date. */
    public Response retryAfter(Instant instant) {
        headers.set("Retry-After", HttpDates.format(instant));
        return this;
    }

    /** Appends a Link header value (RFC 8288), built with {@link Link}. */
    public Response appendLink(Link link) {
        headers.append("Link", link.toString());
        return this;
    }

    /** Appends {@code Link: <target>; rel=rel}. */
    public Response appendLink(String target, String rel) {
        return appendLink(Link.to(target, rel));
    }

    /** Asks the client to save the body as a file: {@code Content-Disposition: attachment} with RFC 6266 names. */
    public Response downloadableAs(String filename) {
        headers.set("Content-Disposition", ContentDisposition.format("attachment", filename));
        return this;
    }

    /** Asks the client to show the body inline, naming it: {@code Content-Disposition: inline}. */
    public Response viewableAs(String filename) {
        headers.set("Content-Disposition", ContentDisposition.format("inline", filename));
        return this;
    }

    // ---- Cookies -------------------------------------------------------------------------------

    /**
     * Sets a cookie, Secure and HttpOnly by default; adjust it through the returned builder.
     * {@snippet :
     * resp.setCookie("sid", token).maxAge(3600).sameSite("Lax");
     * }
     */
    public SetCookie setCookie(String name, String value) {
        return setCookie(new SetCookie(name, value));
    }

    /** Sets a cookie built beforehand, replacing a cookie of the same name. */
    public SetCookie setCookie(SetCookie cookie) {
        if (cookies == null) {
            cookies = new ArrayList<>(2);
        }
        cookies.removeIf(existing -> existing.name().equals(cookie.name()));
        cookies.add(cookie);
        return cookie;
    }

    /**
     * Tells the client to delete a cookie, as Falcon's {@code unset_cookie} does: an empty value,
     * an Expires in the past and {@code SameSite=Lax} (change it on the returned cookie), neither
     * HttpOnly nor Secure. A browser ignores a Secure cookie sent over plain HTTP, so forcing Secure
     * would leave the cookie in place there.
     * {@snippet :
     * resp.unsetCookie("sid"); // Set-Cookie: sid=""; Expires=Thu, 01 Jan 1970 00:00:01 GMT; SameSite=Lax
     * }
     */
    public SetCookie unsetCookie(String name) {
        return setCookie(name, "").expires(Instant.ofEpochSecond(1)).httpOnly(false).secure(false).sameSite("Lax");
    }

    /** Tells the client to delete a cookie set with a domain and path ({@code null} for none), as {@link #unsetCookie(String)}. */
    public SetCookie unsetCookie(String name, String domain, String path) {
        SetCookie cookie = unsetCookie(name);
        if (domain != null) {
            cookie.domain(domain);
        }
        if (path != null) {
            cookie.path(path);
        }
        return cookie;
    }

    /** The cookies set so far, as a read-only view. */
    public List<SetCookie> cookies() {
        return cookies == null ? List.of() : Collections.unmodifiableList(cookies);
    }

    // ---- Flow ----------------------------------------------------------------------------------

    /** Storage for values passed along while building this response. */
    public Context context() {
        if (context == null) {
            context = new Context();
        }
        return context;
    }

    /** Marks the response complete: remaining request and resource middleware and the responder are skipped. */
    public Response complete(boolean complete) {
        this.complete = complete;
        return this;
    }

    /** Whether the response was marked complete. */
    public boolean complete() {
        return complete;
    }

    // ---- Event stream --------------------------------------------------------------------------

    /** The event stream writer set with {@link #sse}, or {@code null}. */
    public EventStreamWriter eventStream() {
        return events;
    }

    /** The heartbeat interval of the event stream, or {@code null} when there is none. */
    public Duration heartbeat() {
        return heartbeat;
    }

    private static void rejectSetCookie(String name) {
        if ("Set-Cookie".equalsIgnoreCase(name)) {
            throw new IllegalArgumentException("Set cookies with resp.setCookie(name, value), not as a raw Set-Cookie header");
        }
    }

    @Override
    public String toString() {
        return "Response[" + statusLine() + "]";
    }
}
