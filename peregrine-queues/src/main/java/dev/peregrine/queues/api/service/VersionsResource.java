package dev.peregrine.queues.api.service;

import dev.peregrine.Request;
import dev.peregrine.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /}: the API versions served, with 300 Multiple Choices, as Zaqar's
 * {@code zaqar/transport/wsgi/version.py}. It needs neither {@code Client-ID} nor
 * {@code X-Project-ID}, nor a token.
 */
public final class VersionsResource {

    private final Map<String, Object> versions;

    /** The document, built once. */
    public VersionsResource() {
        Map<String, Object> v2 = new LinkedHashMap<>();
        v2.put("id", "2");
        v2.put("status", "CURRENT");
        v2.put("updated", "2014-9-24T04:06:47Z");
        v2.put("media-types", List.of(Map.of("base", "application/json",
                "type", "application/vnd.openstack.messaging-v2+json")));
        v2.put("links", List.of(Map.of("href", "/v2/", "rel", "self")));
        versions = Map.of("versions", List.of(v2));
    }

    /** Answers the versions document. */
    public void onGet(Request req, Response resp) {
        resp.status(300);
        resp.media(versions);
    }
}
