package dev.peregrine.errors;

import dev.peregrine.StatusLine;
import dev.peregrine.internal.uri.PercentCodec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An HTTP error: thrown anywhere while handling a request, it becomes the response.
 *
 * <p>An error is a value carrying data (status, title, description, a documentation link, an
 * application code and extra headers); turning it into bytes is the job of a separate, replaceable
 * {@link ErrorSerializer}. By default it renders as Falcon does:
 * {@snippet :
 * throw new HttpError(404).description("No such thing").code(42);
 * // 404 Not Found
 * // {"title": "404 Not Found", "description": "No such thing", "code": 42}
 * }
 *
 * <p>Subclasses exist for every 4xx and 5xx status with the headers each one needs
 * (for example {@link HttpMethodNotAllowed} sets {@code Allow}).
 */
public class HttpError extends RuntimeException {

    /** The link text Falcon uses when an error has an {@code href} but no text for it. */
    public static final String DEFAULT_LINK_TEXT = "Documentation related to this error";

    /** The status code. */
    private final int status;
    /** The short summary, or {@code null} for the status line. */
    private final String title;
    /** What went wrong and how to fix it, or {@code null}. */
    private String description;
    /** A link to documentation about the error, or {@code null}. */
    private String href;
    /** The text for the link, or {@code null} for {@link #DEFAULT_LINK_TEXT}. */
    private String hrefText;
    /** The application's own error code, or {@code null}. */
    private Object code;
    /** Extra header lines as {@code {name, value}}, in order. */
    private List<String[]> headers = List.of();

    /** An error with the status line as its title, for example {@code "404 Not Found"}. */
    public HttpError(int status) {
        this(status, null, null);
    }

    /**
     * An error with a title and description.
     *
     * @param status the status code, 400 to 599 as a rule
     * @param title a short summary; {@code null} for the status line
     * @param description what went wrong and how to fix it; {@code null} for none
     */
    public HttpError(int status, String title, String description) {
        super(null, null, false, false);
        StatusLine.of(status);
        this.status = status;
        this.title = title;
        this.description = description;
    }

    /**
     * An error that always sends some headers, for subclasses such as {@link HttpMethodNotAllowed}
     * whose status requires one; more can still be added with {@link #header(String, String)}.
     *
     * @param status the status code, 400 to 599 as a rule
     * @param title a short summary; {@code null} for the status line
     * @param description what went wrong and how to fix it; {@code null} for none
     * @param headers {@code {name, value}} pairs, in the order to send them
     */
    protected HttpError(int status, String title, String description, String[]... headers) {
        this(status, title, description);
        if (headers.length > 0) {
            this.headers = new ArrayList<>(headers.length + 1);
            for (String[] header : headers) {
                this.headers.add(new String[] {header[0], header[1]});
            }
        }
    }

    /** The status code. */
    public int status() {
        return status;
    }

    /** The status line, for example {@code "404 Not Found"}. */
    public String statusLine() {
        return StatusLine.of(status);
    }

    /** The title: the one given, or the status line. */
    public String title() {
        return title != null ? title : StatusLine.of(status);
    }

    /** The description, or {@code null}. */
    public String description() {
        return description;
    }

    /** Sets the description. */
    public HttpError description(String description) {
        this.description = description;
        return this;
    }

    /** The application-specific error code, or {@code null}. */
    public Object code() {
        return code;
    }

    /** Sets an application-specific error code, a number or a string, rendered as a JSON value. */
    public HttpError code(Object code) {
        this.code = code;
        return this;
    }

    /** The documentation link, percent-encoded as a URI (non-ASCII as UTF-8 escapes), or {@code null}. */
    public String href() {
        return href;
    }

    /** The documentation link's text. */
    public String hrefText() {
        return hrefText != null ? hrefText : DEFAULT_LINK_TEXT;
    }

    /** Links the error to documentation, with Falcon's default link text. */
    public HttpError href(String href) {
        return href(href, null);
    }

    /**
     * Links the error to documentation with a link text; a {@code null} text means the default.
     * The link is percent-encoded as Falcon does, so {@code http://x/é} becomes
     * {@code http://x/%C3%A9}. Pass the link unencoded: an existing {@code %} is encoded again
     * ({@code %25}), as in Falcon. A {@code null} or empty link removes it.
     */
    public HttpError href(String href, String text) {
        // NOTE: Falcon encodes the link once, when the error is made, and treats "" as no link.
        this.href = href == null || href.isEmpty() ? null : PercentCodec.encodeUri(href);
        this.hrefText = text;
        return this;
    }

    /** Adds a header to the error response; headers of the same name are all sent. */
    public HttpError header(String name, String value) {
        if (headers.isEmpty()) {
            headers = new ArrayList<>(2);
        }
        headers.add(new String[] {name, value});
        return this;
    }

    /** The extra headers, each a {@code {name, value}} pair, in the order added. */
    public List<String[]> headers() {
        return Collections.unmodifiableList(headers);
    }

    /**
     * The error as data, in Falcon's key order: {@code title}, then {@code description},
     * {@code code} and {@code link} ({@code text}, {@code href}, {@code rel}) when present.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>(8);
        map.put("title", title());
        if (description != null) {
            map.put("description", description);
        }
        if (code != null) {
            map.put("code", code);
        }
        if (href != null) {
            Map<String, Object> link = new LinkedHashMap<>(4);
            link.put("text", hrefText());
            link.put("href", href);
            link.put("rel", "help");
            map.put("link", link);
        }
        return map;
    }

    @Override
    public String getMessage() {
        return description == null ? title() : title() + ": " + description;
    }
}
