package dev.peregrine.redirects;

import java.util.Map;

/**
 * 308 Permanent Redirect: the resource has a new permanent URI; the client repeats the same method
 * and body there (RFC 9110 §15.4.9).
 */
public class HttpPermanentRedirect extends HttpRedirect {

    /** A 308 to {@code location}, sent verbatim in the {@code Location} header. */
    public HttpPermanentRedirect(String location) {
        this(location, Map.of());
    }

    /** A 308 to {@code location} with extra headers, sent after {@code Location} in the map's order. */
    public HttpPermanentRedirect(String location, Map<String, String> headers) {
        super(308, location, headers);
    }
}
