package dev.peregrine.redirects;

import java.util.Map;

/**
 * 301 Moved Permanently: the resource has a new permanent URI; clients may turn a POST into a GET,
 * so prefer {@link HttpPermanentRedirect} for other methods.
 */
public class HttpMovedPermanently extends HttpRedirect {

    /** A 301 to {@code location}, sent verbatim in the {@code Location} header. */
    public HttpMovedPermanently(String location) {
        this(location, Map.of());
    }

    /** A 301 to {@code location} with extra headers, sent after {@code Location} in the map's order. */
    public HttpMovedPermanently(String location, Map<String, String> headers) {
        super(301, location, headers);
    }
}
