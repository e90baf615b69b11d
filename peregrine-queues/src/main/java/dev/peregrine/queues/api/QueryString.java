package dev.peregrine.queues.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A path with a query string, built a parameter at a time, each name and value percent-encoded:
 * the {@code next} links of listings, which carry the parameters of the page they follow.
 *
 * {@snippet :
 * new QueryString("/v2/queues").add("marker", "q9").add("limit", 5).toString();   // "/v2/queues?marker=q9&limit=5"
 * }
 */
public final class QueryString {

    private final StringBuilder uri;
    private boolean first = true;

    /** A query string after {@code path}. */
    public QueryString(String path) {
        this.uri = new StringBuilder(path.length() + 64).append(path);
    }

    /** Adds {@code name=value}; a {@code null} value adds nothing, a boolean is {@code true} or {@code false}, as in Falcon. */
    public QueryString add(String name, Object value) {
        if (value != null) {
            uri.append(first ? '?' : '&').append(encode(name)).append('=').append(encode(String.valueOf(value)));
            first = false;
        }
        return this;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
