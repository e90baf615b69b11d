package dev.peregrine.examples.things;

import dev.peregrine.BeforeHook;
import dev.peregrine.PathFields;
import dev.peregrine.Request;
import dev.peregrine.Response;
import dev.peregrine.errors.HttpContentTooLarge;

/** Refuses bodies declared larger than a limit with a 413, before the responder reads them. */
public final class MaxBodyHook implements BeforeHook {

    private final long limit;

    /** A hook that allows bodies of at most {@code limit} bytes. */
    public MaxBodyHook(long limit) {
        this.limit = limit;
    }

    @Override
    public void before(Request req, Response resp, Object resource, PathFields fields) {
        long length = req.contentLength();
        if (length > limit) {
            throw new HttpContentTooLarge("Request body is too large",
                    "The size of the request is too large. The body must not exceed " + limit + " bytes in length.");
        }
    }
}
