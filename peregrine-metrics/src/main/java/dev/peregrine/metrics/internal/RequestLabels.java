package dev.peregrine.metrics.internal;

/**
 * The bounded label values a request is counted under: its method, one of RFC 9110's (and
 * PATCH) or {@code OTHER}, and its status class, {@code 1xx} to {@code 9xx}. Whatever a client
 * sends, these make at most ten methods and nine classes.
 */
final class RequestLabels {

    /** Method labels, by {@link #methodIndex}. */
    static final String[] METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "CONNECT", "TRACE", "OTHER"};
    /** Status class labels, by {@link #statusClassIndex}. */
    static final String[] STATUS_CLASSES = {"1xx", "2xx", "3xx", "4xx", "5xx", "6xx", "7xx", "8xx", "9xx"};

    private RequestLabels() {
    }

    /** The index of {@code method}'s label in {@link #METHODS}; unknown methods are {@code OTHER}. */
    static int methodIndex(String method) {
        // PERF: a string switch is a hash jump; the server's method names cache their hash.
        return switch (method) {
            case "GET" -> 0;
            case "HEAD" -> 1;
            case "POST" -> 2;
            case "PUT" -> 3;
            case "PATCH" -> 4;
            case "DELETE" -> 5;
            case "OPTIONS" -> 6;
            case "CONNECT" -> 7;
            case "TRACE" -> 8;
            default -> 9;
        };
    }

    /** The index of a three-digit status's class in {@link #STATUS_CLASSES}. */
    static int statusClassIndex(int status) {
        return Math.clamp(status / 100, 1, 9) - 1;
    }
}
