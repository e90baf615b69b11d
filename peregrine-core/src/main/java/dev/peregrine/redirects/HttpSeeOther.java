package dev.peregrine.redirects;

import java.util.Map;

/**
 * 303 See Other: the answer is at another URI, to be fetched with GET; the usual reply to a
 * successful form POST.
 */
public class HttpSeeOther extends HttpRedirect {

    /** A 303 to {@code location}, sent verbatim in the {@code Location} header. */
    public HttpSeeOther(String location) {
        this(location, Map.of());
    }

    /** A 303 to {@code location} with extra headers, sent after {@code Location} in the map's order. */
    public HttpSeeOther(String location, Map<String, String> headers) {
        super(303, location, headers);
    }
}
