package dev.peregrine.testing;

import dev.peregrine.SetCookie;
import dev.peregrine.StatusLine;
import dev.peregrine.errors.HttpError;
import dev.peregrine.internal.JsonMedia;
import dev.peregrine.media.MediaHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the app answered to a simulated request: status, headers (case-insensitive), body bytes
 * and text, the body as JSON, and the cookies it set.
 */
public final class Result {

    private final int status;
    private final List<String[]> headers;
    private final byte[] content;
    private final MediaHandler json;

    Result(int status, List<String[]> headers, byte[] content, MediaHandler json) {
        this.status = status;
        this.headers = headers;
        this.content = content;
        this.json = json;
    }

    /** The status code. */
    public int status() {
        return status;
    }

    /** The status line, for example {@code "404 Not Found"}. */
    public String statusLine() {
        return StatusLine.of(status);
    }

    /** A header's first value (case-insensitive), or {@code null}. */
    public String header(String name) {
        for (String[] header : headers) {
            if (header[0].equalsIgnoreCase(name)) {
                return header[1];
            }
        }
        return null;
    }

    /** Every value of a header, in order. */
    public List<String> headerValues(String name) {
        List<String> values = new ArrayList<>();
        for (String[] header : headers) {
            if (header[0].equalsIgnoreCase(name)) {
                values.add(header[1]);
            }
        }
        return values;
    }

    /** Every header line as {@code {name, value}}, names in the case the app wrote them. */
    public List<String[]> headers() {
        return headers;
    }

    /** The Content-Type, or {@code null}. */
    public String contentType() {
        return header("Content-Type");
    }

    /** The body bytes; empty when there was none. */
    public byte[] content() {
        return content.clone();
    }

    /** The body as UTF-8 text. */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /**
     * The body parsed as JSON by the app's JSON media handler (maps, lists, strings, numbers,
     * booleans with Peregrine's own), or {@code null} when empty.
     */
    public Object json() {
        if (content.length == 0) {
            return null;
        }
        try {
            return JsonMedia.read(json, content);
        } catch (IOException | HttpError e) {
            throw new AssertionError("The body is not JSON: " + text(), e);
        }
    }

    /** The body parsed as a JSON object. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> jsonObject() {
        Object json = json();
        if (!(json instanceof Map)) {
            throw new AssertionError("The body is not a JSON object: " + text());
        }
        return (Map<String, Object>) json;
    }

    /** The cookies set by the response, by name. */
    public Map<String, SetCookie> cookies() {
        Map<String, SetCookie> cookies = new LinkedHashMap<>();
        for (String value : headerValues("Set-Cookie")) {
            SetCookie cookie = SetCookie.parse(value);
            cookies.put(cookie.name(), cookie);
        }
        return cookies;
    }

    @Override
    public String toString() {
        String type = contentType();
        return "Result<" + statusLine() + (type == null ? "" : " " + type) + " " + text() + ">";
    }
}
