package dev.peregrine.spi;

import java.util.List;

/**
 * How a request header sent on several lines reads as one value, as Falcon's requests read it
 * under WSGI and ASGI alike: the lines of a list header joined with {@code ,} in order, which RFC
 * 9110 §5.3 allows because the value means the same; the last line of a header that holds a single
 * value, such as Content-Type or Host.
 *
 * {@snippet :
 * RepeatedHeaders.combine("Accept", List.of("text/html", "application/json;q=0.5")); // "text/html,application/json;q=0.5"
 * RepeatedHeaders.combine("User-Agent", List.of("a", "b"));                          // "b"
 * }
 *
 * <p>{@link HttpExchange#header(String)} implementations call it for a header found more than once.
 */
public final class RepeatedHeaders {

    // NOTE: Falcon's SINGLETON_HEADERS (falcon/constants.py), plus Set-Cookie, which RFC 9110 §5.3
    // names as the field whose lines cannot be joined: its Expires attribute holds a comma.
    private static final String[] SINGLE_VALUED = {
        "Content-Length", "Content-Type", "Cookie", "Expect", "From", "Host", "Max-Forwards", "Referer",
        "Set-Cookie", "User-Agent",
    };

    private RepeatedHeaders() {
    }

    /**
     * The value of a header sent as {@code lines}, in the order received.
     *
     * @param name the header's name, in any case
     * @return the lines joined with {@code ,}, or the last line when the header holds a single
     *     value; {@code null} when there are no lines
     */
    public static String combine(String name, List<String> lines) {
        if (lines.isEmpty()) {
            return null;
        }
        for (String singleValued : SINGLE_VALUED) {
            if (singleValued.equalsIgnoreCase(name)) {
                return lines.get(lines.size() - 1);
            }
        }
        return String.join(",", lines);
    }
}
