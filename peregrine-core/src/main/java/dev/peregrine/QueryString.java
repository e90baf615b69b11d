package dev.peregrine;

import java.nio.charset.StandardCharsets;

/**
 * A path with a query string, built a parameter at a time: links a response hands out, such as a
 * listing's link to its next page, which repeats the parameters of the page it follows. Falcon's
 * {@code falcon.to_query_str} as a builder.
 *
 * <p>Names and values are percent-encoded as RFC 3986 asks of query components: every byte of
 * their UTF-8 form but the unreserved characters ({@code A-Z a-z 0-9 - . _ ~}) becomes
 * {@code %XX}, a space included ({@code %20}, never {@code +}).
 *
 * {@snippet :
 * new QueryString("/v2/queues").add("marker", "q 9").add("limit", 5).add("detailed", true).toString();
 * // "/v2/queues?marker=q%209&limit=5&detailed=true"
 * }
 */
public final class QueryString {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final StringBuilder uri;
    private boolean first = true;

    /**
     * Starts a query string after {@code path}.
     *
     * @param path the path, already encoded as it should appear
     */
    public QueryString(String path) {
        this.uri = new StringBuilder(path.length() + 64).append(path);
    }

    /**
     * Adds {@code name=value}, encoded.
     *
     * @param name the parameter's name
     * @param value its value, written with {@code String.valueOf} (booleans as {@code true} and
     *     {@code false}, as Falcon writes them); {@code null} adds nothing, so optional
     *     parameters the request did not have stay out of the link
     * @return this
     */
    public QueryString add(String name, Object value) {
        if (value != null) {
            uri.append(first ? '?' : '&');
            encode(name);
            uri.append('=');
            encode(String.valueOf(value));
            first = false;
        }
        return this;
    }

    private void encode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
                uri.append(c);
            } else {
                encodeBytes(text, i);
                return;
            }
        }
    }

    // The slow path, from the first character that needs encoding on.
    private void encodeBytes(String text, int from) {
        for (byte b : text.substring(from).getBytes(StandardCharsets.UTF_8)) {
            if (b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '.' || b == '_' || b == '~') {
                uri.append((char) b);
            } else {
                uri.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
    }

    /** The path and its query string. */
    @Override
    public String toString() {
        return uri.toString();
    }
}
