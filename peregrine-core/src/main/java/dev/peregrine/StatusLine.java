package dev.peregrine;

/**
 * Status lines for status codes, as Falcon's {@code code_to_http_status}: {@code 404} is
 * {@code "404 Not Found"}, and a code without a registered reason phrase is {@code "719 Unknown"}.
 */
public final class StatusLine {

    private static final String[] LINES = new String[600];
    private static final String[] REASONS = new String[600];

    static {
        register(100, "Continue");
        register(101, "Switching Protocols");
        register(102, "Processing");
        register(103, "Early Hints");
        register(200, "OK");
        register(201, "Created");
        register(202, "Accepted");
        register(203, "Non-Authoritative Information");
        register(204, "No Content");
        register(205, "Reset Content");
        register(206, "Partial Content");
        register(207, "Multi-Status");
        register(208, "Already Reported");
        register(226, "IM Used");
        register(300, "Multiple Choices");
        register(301, "Moved Permanently");
        register(302, "Found");
        register(303, "See Other");
        register(304, "Not Modified");
        register(305, "Use Proxy");
        register(307, "Temporary Redirect");
        register(308, "Permanent Redirect");
        register(400, "Bad Request");
        register(401, "Unauthorized");
        register(402, "Payment Required");
        register(403, "Forbidden");
        register(404, "Not Found");
        register(405, "Method Not Allowed");
        register(406, "Not Acceptable");
        register(407, "Proxy Authentication Required");
        register(408, "Request Timeout");
        register(409, "Conflict");
        register(410, "Gone");
        register(411, "Length Required");
        register(412, "Precondition Failed");
        register(413, "Content Too Large");
        register(414, "URI Too Long");
        register(415, "Unsupported Media Type");
        register(416, "Range Not Satisfiable");
        register(417, "Expectation Failed");
        register(418, "I'm a teapot");
        register(421, "Misdirected Request");
        register(422, "Unprocessable Content");
        register(423, "Locked");
        register(424, "Failed Dependency");
        register(425, "Too Early");
        register(426, "Upgrade Required");
        register(428, "Precondition Required");
        register(429, "Too Many Requests");
        register(431, "Request Header Fields Too Large");
        register(451, "Unavailable For Legal Reasons");
        register(500, "Internal Server Error");
        register(501, "Not Implemented");
        register(502, "Bad Gateway");
        register(503, "Service Unavailable");
        register(504, "Gateway Timeout");
        register(505, "HTTP Version Not Supported");
        register(506, "Variant Also Negotiates");
        register(507, "Insufficient Storage");
        register(508, "Loop Detected");
        register(510, "Not Extended");
        register(511, "Network Authentication Required");
    }

    private StatusLine() {
    }

    private static void register(int code, String reason) {
        LINES[code] = code + " " + reason;
        REASONS[code] = reason;
    }

    /**
     * The status line for {@code code}, such as {@code "201 Created"} or {@code "719 Unknown"}.
     *
     * @throws IllegalArgumentException when {@code code} is not a three-digit number
     */
    public static String of(int code) {
        if (code < 100 || code > 999) {
            throw new IllegalArgumentException("HTTP status codes have three digits, got " + code);
        }
        // PERF: registered lines are built once; this runs for every response.
        String line = code < LINES.length ? LINES[code] : null;
        return line != null ? line : code + " Unknown";
    }

    /**
     * The reason phrase alone, such as {@code "Created"} or {@code "Unknown"}.
     *
     * @throws IllegalArgumentException when {@code code} is not a three-digit number
     */
    public static String reason(int code) {
        if (code < 100 || code > 999) {
            throw new IllegalArgumentException("HTTP status codes have three digits, got " + code);
        }
        // PERF: a table lookup; servers send this phrase with every response.
        String reason = code < REASONS.length ? REASONS[code] : null;
        return reason != null ? reason : "Unknown";
    }

    /**
     * The code at the start of a status line: {@code "418 Teapot"} gives 418.
     *
     * @throws IllegalArgumentException when the line does not start with a three-digit code
     */
    public static int code(String statusLine) {
        if (statusLine.length() < 3) {
            throw new IllegalArgumentException("Not a status line: '" + statusLine + "'");
        }
        int code = 0;
        for (int i = 0; i < 3; i++) {
            char c = statusLine.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("Not a status line: '" + statusLine + "'");
            }
            code = code * 10 + (c - '0');
        }
        if (code < 100 || (statusLine.length() > 3 && statusLine.charAt(3) != ' ')) {
            throw new IllegalArgumentException("Not a status line: '" + statusLine + "'");
        }
        return code;
    }
}
