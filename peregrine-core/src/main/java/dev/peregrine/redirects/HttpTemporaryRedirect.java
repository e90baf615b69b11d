package dev.peregrine.redirects;

import java.util.Map;

/**
 * 307 Temporary Redirect: the resource is temporarily at another URI; the client repeats the same
 * method and body there.
 */
public class HttpTemporaryRedirect extends HttpRedirect {

    /** A 307 to {@code location}, sent verbatim in the {@code Location} header. */
    public HttpTemporaryRedirect(String location) {
        this(location, Map.of());
    }

    /** A 307 to {@code location} with extra headers, sent after {@code Location} in the map's order. */
    public HttpTemporaryRedirect(String location, Map<String, String> headers) {
        super(307, location, headers);
    }
}
