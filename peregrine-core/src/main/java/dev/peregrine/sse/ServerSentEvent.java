package dev.peregrine.sse;

import java.time.Duration;

/**
 * One server-sent event (the HTML Living Standard's {@code text/event-stream}): data, and
 * optionally an event type, an id the client sends back as {@code Last-Event-ID} when it
 * reconnects, and how long it should wait before reconnecting.
 *
 * {@snippet :
 * events.send(new ServerSentEvent().id("42").event("price").data("{\"sku\":\"A1\",\"cents\":1999}"));
 * }
 */
public final class ServerSentEvent {

    private String data;
    private String event;
    private String id;
    private Duration retry;

    /** An event with no fields yet. */
    public ServerSentEvent() {
    }

    /** An event carrying {@code data}. */
    public static ServerSentEvent of(String data) {
        return new ServerSentEvent().data(data);
    }

    /** The data; line breaks (CR, LF or CRLF) split it into several {@code data} lines, which the client joins with LF. */
    public ServerSentEvent data(String data) {
        this.data = data;
        return this;
    }

    /** The event type the client dispatches on ({@code addEventListener(type, ...)}); without one it is {@code message}. */
    public ServerSentEvent event(String type) {
        this.event = singleLine("event", type, false);
        return this;
    }

    /** The id, which the client sends back as {@code Last-Event-ID} when it reconnects. */
    public ServerSentEvent id(String id) {
        this.id = singleLine("id", id, true);
        return this;
    }

    /** How long the client waits before reconnecting once the stream ends. */
    public ServerSentEvent retry(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("An event's retry delay is at least 0, not " + delay);
        }
        this.retry = delay;
        return this;
    }

    /** Appends the event in the {@code text/event-stream} format, blank line included. */
    void appendTo(StringBuilder out) {
        if (id != null) {
            out.append("id: ").append(id).append('\n');
        }
        if (event != null) {
            out.append("event: ").append(event).append('\n');
        }
        if (retry != null) {
            out.append("retry: ").append(retry.toMillis()).append('\n');
        }
        if (data != null) {
            appendLines(out, "data: ", data);
        }
        out.append('\n');
    }

    /** Appends {@code text} as lines each starting with {@code prefix}, breaking at CR, LF and CRLF. */
    static void appendLines(StringBuilder out, String prefix, String text) {
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\r' || c == '\n') {
                out.append(prefix, 0, prefix.length()).append(text, start, i).append('\n');
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
    }

    private static String singleLine(String field, String value, boolean refuseNul) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || refuseNul && c == 0) {
                throw new IllegalArgumentException("An event's " + field + " is one line: '" + value.replace("\r", "\\r")
                        .replace("\n", "\\n") + "' holds a line break" + (refuseNul ? " or NUL" : ""));
            }
        }
        return value;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        appendTo(out);
        return out.toString();
    }
}
