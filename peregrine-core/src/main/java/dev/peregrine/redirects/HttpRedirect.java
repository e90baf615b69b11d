package dev.peregrine.redirects;

import dev.peregrine.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A 3xx short-circuit that sends the client to {@link #location()}, with an empty body.
 *
 * <p>The {@code Location} header is sent exactly as given, not percent-encoded (as in Falcon), so
 * pass a URI that is already valid. Pick the subclass for the semantics wanted: 301 and 308 are
 * permanent, 302, 303 and 307 temporary; 307 and 308 keep the method and body, 303 turns the
 * follow-up into a GET.
 */
public abstract class HttpRedirect extends HttpStatus {

    private static final String LOCATION = "Location";

    /** Where the client is sent, exactly as given. */
    private final String location;

    /**
     * A redirect with its {@code Location} first, then the extra headers in the map's order.
     *
     * @throws IllegalArgumentException when {@code headers} has a {@code Location} of its own
     */
    protected HttpRedirect(int status, String location, Map<String, String> headers) {
        super(status, null, headerList(location, headers));
        this.location = location;
    }

    /** Where the client is sent, exactly as given. */
    public String location() {
        return location;
    }

    private static List<String[]> headerList(String location, Map<String, String> headers) {
        Objects.requireNonNull(location, "a redirect needs a location");
        List<String[]> list = new ArrayList<>(headers.size() + 1);
        list.add(new String[] {LOCATION, location});
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (LOCATION.equalsIgnoreCase(header.getKey())) {
                // NOTE: Falcon lets a "location" in the headers win silently; two sources are a bug.
                throw new IllegalArgumentException("Location '" + header.getValue()
                        + "' given in the headers of a redirect to '" + location
                        + "'; pass the target as the location argument only");
            }
            list.add(new String[] {header.getKey(), header.getValue()});
        }
        return list;
    }
}
