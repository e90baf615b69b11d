package dev.peregrine.internal.pipeline;

import dev.peregrine.internal.response.HeaderList;
import dev.peregrine.internal.routing.MatchedFields;

/**
 * The pipeline's own state for one request, beside the {@code Request} and {@code Response} the
 * application sees: the path fields the router fills, the route's template, how far each chain of
 * request middleware got (so only those steps' response middleware run, in dependent mode), and
 * the response's header lines.
 */
public final class Call {

    private final MatchedFields fields = new MatchedFields();
    private final HeaderList responseHeaders = new HeaderList();
    private String uriTemplate;
    private int appMiddlewareReached;
    private int groupMiddlewareReached;

    /** The path fields, filled by the router. */
    public MatchedFields fields() {
        return fields;
    }

    /** The response's header lines, written through {@code Response}. */
    public HeaderList responseHeaders() {
        return responseHeaders;
    }

    /** The template of the route that matched, or {@code null}. */
    public String uriTemplate() {
        return uriTemplate;
    }

    public void uriTemplate(String template) {
        this.uriTemplate = template;
    }

    /** How many request middleware steps of the app ({@code false}) or of the route's group ran. */
    public int middlewareReached(boolean groupLevel) {
        return groupLevel ? groupMiddlewareReached : appMiddlewareReached;
    }

    public void middlewareReached(boolean groupLevel, int count) {
        if (groupLevel) {
            groupMiddlewareReached = count;
        } else {
            appMiddlewareReached = count;
        }
    }
}
