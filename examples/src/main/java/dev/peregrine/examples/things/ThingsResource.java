package dev.peregrine.examples.things;

import dev.peregrine.Request;
import dev.peregrine.Response;
import dev.peregrine.errors.HttpBadRequest;
import dev.peregrine.errors.HttpServiceUnavailable;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Falcon's "more involved" example: a user's things, listed with GET and added with POST. */
public final class ThingsResource {

    private static final Logger LOG = LoggerFactory.getLogger(ThingsResource.class);

    private final StorageEngine db;

    /** A resource backed by {@code db}. */
    public ThingsResource(StorageEngine db) {
        this.db = db;
    }

    /** Lists things after {@code ?marker=} (an id), at most {@code ?limit=} (1 to 1000, default 50). */
    public void onGet(Request req, Response resp) {
        String marker = req.param("marker", "");
        int limit = req.paramAsInt("limit", 50, 1, 1000);
        List<Map<String, Object>> result;
        try {
            result = db.getThings(req.pathField("userId"), marker, limit);
        } catch (StorageException e) {
            LOG.error("Listing things failed", e);
            throw new HttpServiceUnavailable(30, "Service Outage",
                    "Aliens have attacked our base! We will be back as soon as we fight them off. "
                            + "We appreciate your patience.");
        }
        resp.media(result);
        resp.setHeader("X-Powered-By", "Small Furry Creatures");
        resp.status(200);
    }

    /** Adds the JSON object in the body; 201 with its Location. */
    public void onPost(Request req, Response resp) {
        if (!(req.media() instanceof Map<?, ?> body)) {
            throw new HttpBadRequest("Invalid thing", "A thing must be a JSON object, such as {\"color\": \"green\"}.");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> thing = (Map<String, Object>) body;
        String userId = req.pathField("userId");
        Map<String, Object> stored = db.addThing(userId, thing);
        resp.status(201);
        resp.location("/" + userId + "/things/" + stored.get("id"));
        resp.media(stored);
    }
}
