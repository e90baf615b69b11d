package dev.peregrine.queues.api.service;

import dev.peregrine.Request;
import dev.peregrine.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /v2/}: the JSON-home document of the API (Zaqar's {@code v2_0/homedoc.py}), cached
 * by clients for a day. It lists what this service serves: Zaqar's resources without
 * subscriptions and pre-signed URLs, with health.
 */
public final class HomeDocumentResource {

    private final byte[] document;

    /** The document, read once from {@code home-document.json} beside this class. */
    public HomeDocumentResource() {
        try (InputStream in = HomeDocumentResource.class.getResourceAsStream("home-document.json")) {
            if (in == null) {
                throw new IllegalStateException("home-document.json is missing beside " + HomeDocumentResource.class.getName()
                        + "; rebuild the module");
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading home-document.json failed", e);
        }
    }

    /** Answers the document as {@code application/json-home}. */
    public void onGet(Request req, Response resp) {
        resp.data(document);
        resp.contentType("application/json-home");
        resp.cacheControl("max-age=86400");
    }
}
