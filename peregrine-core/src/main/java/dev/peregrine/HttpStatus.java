package dev.peregrine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A response that is not an error, thrown to end request processing at once, from a hook,
 * middleware or responder, as Falcon's {@code HTTPStatus} does.
 * {@snippet :
 * throw new HttpStatus(202, "accepted").header("Location", "/jobs/7");
 * // 202 Accepted, Location: /jobs/7, body "accepted"
 * }
 *
 * <p>Like {@link dev.peregrine.errors.HttpError}, it is a value: it records no stack trace, so
 * throwing it costs little. The redirects in {@link dev.peregrine.redirects} are subclasses.
 */
public class HttpStatus extends RuntimeException {

    /** The status code. */
    private final int status;
    /** The text body, or {@code null} for none. */
    private final String text;
    /** Extra header lines as {@code {name, value}}, in order. */
    private List<String[]> headers = List.of();

    /** A response with this status and no body. */
    public HttpStatus(int status) {
        this(status, null);
    }

    /**
     * A response with this status and a text body, sent as UTF-8.
     *
     * @param status the status code
     * @param text the body; {@code null} for none
     * @throws IllegalArgumentException when {@code status} is not a three-digit number
     */
    public HttpStatus(int status, String text) {
        super(null, null, false, false);
        StatusLine.of(status);
        this.status = status;
        this.text = text;
    }

    /**
     * A response that always sends some headers, for subclasses such as the redirects, which need
     * {@code Location}.
     *
     * @param status the status code
     * @param text the body; {@code null} for none
     * @param headers {@code {name, value}} pairs, in the order to send them
     */
    protected HttpStatus(int status, String text, List<String[]> headers) {
        this(status, text);
        if (!headers.isEmpty()) {
            this.headers = new ArrayList<>(headers.size() + 1);
            for (String[] header : headers) {
                this.headers.add(new String[] {header[0], header[1]});
            }
        }
    }

    /** The status code. */
    public int status() {
        return status;
    }

    /** The status line, for example {@code "202 Accepted"}. */
    public String statusLine() {
        return StatusLine.of(status);
    }

    /** The body text, or {@code null} for no body. */
    public String text() {
        return text;
    }

    /** Adds a header to the response; headers of the same name are all sent. */
    public HttpStatus header(String name, String value) {
        if (headers.isEmpty()) {
            headers = new ArrayList<>(2);
        }
        headers.add(new String[] {name, value});
        return this;
    }

    /** The headers, each a {@code {name, value}} pair, in the order added. */
    public List<String[]> headers() {
        return Collections.unmodifiableList(headers);
    }

    @Override
    public String getMessage() {
        return statusLine();
    }
}
