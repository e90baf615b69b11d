package dev.peregrine;

import dev.peregrine.internal.http.ContentDisposition;
import dev.peregrine.internal.http.HttpDates;
import dev.peregrine.internal.response.HeaderList;
import dev.peregrine.internal.uri.PercentCodec;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The response a responder builds: status, headers, cookies and one body.
 *
 * <p>The body is one of {@link #text(String)} (UTF-8, {@code text/plain; charset=utf-8} unless a
 * Content-Type is set), {@link #data(byte[])} ({@code application/octet-stream}),
 * {@link #media(Object)} (serialized by the media handler for the Content-Type, JSON by default)
 * {@link #stream(InputStream)} or {@link #file(FileChannel, long, long)}; when several are set,
 * text wins over data, data over media, media over a stream, a stream over a file. Content-Length
 * is computed; 1xx, 204 and 304 responses carry no body, and 204 and 304 no Content-Type.
 */
public final class Response {

    private final HeaderList headers = new HeaderList();
    private int status = 200;
    private String text;
    private byte[] data;
    private Object media;
    private boolean mediaSet;
    private InputStream stream;
    private long streamLength = -1;
    private FileRegionBody file;
    private List<SetCookie> cookies;
    private Context context;
    private boolean complete;

    private byte[] renderedBody;

    Response() {
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
        if (length >= 0) {
            headers.set("Content-Length", Long.toString(length));
        }
        return this;
    }

    /** The body stream, or {@code null}. After rendering: the stream to send, or {@code null} when the body is bytes. */
    public InputStream stream() {
        return stream;
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

    /**
     * The file body, or {@code null}. After rendering: the region to send, or {@code null} when
     * there is none or it was dropped; its bytes are also {@link #stream()}, so a server sends one
     * or the other and releases the region (closing the stream does).
     */
    public FileRegionBody fileRegion() {
        return file;
    }

    /** Clears text, data, media, stream and file (released), keeping status and headers; error handlers start from here. */
    public void clearBody() {
        text = null;
        data = null;
        media = null;
        mediaSet = false;
        stream = null;
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

    /** Calls {@code action} with each header line's name and value, Set-Cookie lines included once rendered. */
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

    /** The cookies set so far. */
    public List<SetCookie> cookies() {
        return cookies == null ? List.of() : List.copyOf(cookies);
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

    /**
     * The rendered body bytes to send, after the app has rendered the response; {@code null} when
     * the body is a stream, a file or there is none.
     */
    public byte[] body() {
        return renderedBody;
    }

    // ---- Rendering support (package-private, used by the pipeline) -----------------------------

    HeaderList headerList() {
        return headers;
    }

    List<SetCookie> cookieList() {
        return cookies;
    }

    void rendered(byte[] body, InputStream stream, FileRegionBody file) {
        this.renderedBody = body;
        this.stream = stream;
        this.file = file;
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
