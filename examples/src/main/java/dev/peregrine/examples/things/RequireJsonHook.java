package dev.peregrine.examples.things;

import dev.peregrine.BeforeHook;
import dev.peregrine.PathFields;
import dev.peregrine.Request;
import dev.peregrine.Response;
import dev.peregrine.errors.HttpUnsupportedMediaType;

/** Refuses clients that do not accept JSON with a 415, as Falcon's introduction does. */
public final class RequireJsonHook implements BeforeHook {

    @Override
    public void before(Request req, Response resp, Object resource, PathFields fields) {
        if (!req.clientAcceptsJson()) {
            throw new HttpUnsupportedMediaType("This API only supports the JSON media type.", null)
                    .href("http://docs.examples.com/api/json");
        }
    }
}
