package dev.peregrine.spi;

import dev.peregrine.StatusLine;
import java.util.function.BiConsumer;

/**
 * A response as the app rendered it: what {@code App.handle} returns and what a server sends,
 * byte for byte, adding only what belongs to the connection ({@code Date}, {@code Connection} and
 * the chunked framing of a body of unknown length).
 *
 * <p>Header lines are validated once, here: names are HTTP tokens and values hold no control
 * characters (no CR or LF that would split the response) and nothing outside ISO-8859-1, so a
 * server copies them without checking again. Framing headers are decided by the app:
 * {@code Content-Length} is among the lines whenever the length is known, and the app's wish to
 * close the connection is {@link #closesConnection()}, never a {@code Connection} line.
 *
 * {@snippet :
 * RenderedResponse answer = app.handle(exchange);
 * for (int i = 0; i < answer.headerCount(); i++) {
 *     out.header(answer.headerName(i), answer.headerValue(i));
 * }
 * switch (answer.body()) {
 *     case ResponseBody.None none -> out.end();
 *     case ResponseBody.Bytes bytes -> out.end(bytes.bytes());
 *     case ResponseBody.Stream stream -> out.pump(stream.stream(), stream.length());
 *     case ResponseBody.Writer writer -> writer.writer().writeTo(out.stream(writer.length()));
 *     case ResponseBody.File file -> out.sendFile(file.region());
 * }
 * }
 */
public final class RenderedResponse {

    private final int status;
    private final String reason;
    private final String[] names;
    private final String[] values;
    private final int headerCount;
    private final ResponseBody body;
    private final boolean closesConnection;
    private final String route;

    /**
     * A rendered response that answered no route (a refusal, say); see
     * {@link #RenderedResponse(int, String[], String[], int, ResponseBody, boolean, String)}.
     */
    public RenderedResponse(int status, String[] names, String[] values, int headerCount, ResponseBody body,
            boolean closesConnection) {
        this(status, names, values, headerCount, body, closesConnection, null);
    }

    /**
     * A rendered response; the arrays are taken over, not copied, and must not change afterwards.
     *
     * @param status the three-digit status code
     * @param names header names, in the order to send them, the first {@code headerCount} used
     * @param values header values, index for index
     * @param headerCount how many lines there are
     * @param body the body
     * @param closesConnection whether the app asked to close the connection after this response
     * @param route the template of the route that answered, for example {@code /things/{id}}, or
     *     {@code null} when none did (no route matched, a sink, a refusal)
     * @throws IllegalArgumentException when the status is not three digits, or a header name is not
     *     a token or a value holds a control character or a character beyond ISO-8859-1; the
     *     message names the header
     */
    public RenderedResponse(int status, String[] names, String[] values, int headerCount, ResponseBody body,
            boolean closesConnection, String route) {
        this.reason = StatusLine.reason(status);
        this.status = status;
        this.names = names;
        this.values = values;
        this.headerCount = headerCount;
        this.body = body;
        this.closesConnection = closesConnection;
        this.route = route;
        for (int i = 0; i < headerCount; i++) {
            HeaderLineCheck.check(names[i], values[i]);
        }
    }

    /** The status code. */
    public int status() {
        return status;
    }

    /** The reason phrase, such as {@code "Not Found"} ({@code "Unknown"} for unregistered codes). */
    public String reason() {
        return reason;
    }

    /** How many header lines there are. */
    public int headerCount() {
        return headerCount;
    }

    /** The name of line {@code index}, in the case the app wrote it. */
    public String headerName(int index) {
        checkIndex(index);
        return names[index];
    }

    /** The value of line {@code index}. */
    public String headerValue(int index) {
        checkIndex(index);
        return values[index];
    }

    /** The first value of a header, looked up case-insensitively, or {@code null}. */
    public String header(String name) {
        for (int i = 0; i < headerCount; i++) {
            if (names[i].equalsIgnoreCase(name)) {
                return values[i];
            }
        }
        return null;
    }

    /** Calls {@code action} with each line's name and value, in order. */
    public void forEachHeader(BiConsumer<String, String> action) {
        for (int i = 0; i < headerCount; i++) {
            action.accept(names[i], values[i]);
        }
    }

    /** The body. */
    public ResponseBody body() {
        return body;
    }

    /** Whether the app asked to close the connection once this response is sent. */
    public boolean closesConnection() {
        return closesConnection;
    }

    /**
     * The template of the route that answered, for example {@code /things/{id}}, or {@code null}
     * when none did: what metrics and logs group requests by, rather than their raw paths.
     */
    public String route() {
        return route;
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= headerCount) {
            throw new IndexOutOfBoundsException("Header line " + index + " of " + headerCount);
        }
    }

    @Override
    public String toString() {
        return "RenderedResponse[" + status + " " + reason + ", " + headerCount + " header lines, " + body.getClass().getSimpleName() + "]";
    }
}
