package dev.peregrine.netty.accesslog;

/** What an access log line looks like. */
public enum AccessLogFormat {

    /**
     * NCSA Common Log Format: client address, identity and user ({@code -}), time, request line,
     * status and response body bytes ({@code -} for none); every byte outside printable ASCII
     * escaped as {@code \xHH}, as nginx does.
     * <pre>{@code 192.0.2.1 - - [06/Dec/2026:08:19:58 +0000] "GET /things/7 HTTP/1.1" 200 15}</pre>
     * With request ids on, the line ends with the id in quotes.
     */
    COMMON(new NcsaLineFormat(false)),

    /**
     * NCSA Combined Log Format, as Apache's and nginx's {@code combined}: Common plus Referer and
     * User-Agent.
     * <pre>{@code 192.0.2.1 - - [06/Dec/2026:08:19:58 +0000] "GET /things/7 HTTP/1.1" 200 15 "-" "curl/8.5.0"}</pre>
     * With request ids on, the line ends with the id in quotes.
     */
    COMBINED(new NcsaLineFormat(true)),

    /**
     * One JSON object per line, absent values {@code null}, non-ASCII text kept as UTF-8:
     * <pre>{@code {"time":"2026-12-06T08:19:58.123Z","method":"GET","target":"/things/7","route":"/things/{id}",
     * "status":200,"bytes":15,"duration_us":412,"remote":"192.0.2.1","user_agent":"curl/8.5.0",
     * "referer":null,"request_id":"4bf92f3577b34da6a3ce929d0e0e4736"}}</pre>
     * (one line, broken here to fit).
     */
    JSON(new JsonLineFormat());

    private final LineFormat lineFormat;

    AccessLogFormat(LineFormat lineFormat) {
        this.lineFormat = lineFormat;
    }

    LineFormat lineFormat() {
        return lineFormat;
    }
}
