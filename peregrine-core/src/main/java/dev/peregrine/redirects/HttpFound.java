package dev.peregrine.redirects;

import java.util.Map;

/**
 * 302 Found: the resource is temporarily at another URI; clients may turn a POST into a GET, so
 * prefer {@link HttpTemporaryRedirect} for other methods.
 */
public class HttpFound extends HttpRedirect {

    /** A 302 to {@code location}, sent verbatim in the {@code Location} header. */
    public HttpFound(String location) {
        this(location, Map.of());
    }

    /** A 302 to {@code location} with extra headers, sent after {@code Location} in the map's order. */
    public HttpFound(String location, Map<String, String> headers) {
        super(302, location, headers);
    }
}
