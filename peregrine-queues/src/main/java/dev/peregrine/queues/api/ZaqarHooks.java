package dev.peregrine.queues.api;

import dev.peregrine.PathFields;
import dev.peregrine.Request;
import dev.peregrine.ResourceMiddleware;
import dev.peregrine.Response;
import dev.peregrine.errors.HttpBadRequest;
import dev.peregrine.errors.HttpError;
import dev.peregrine.errors.HttpMissingHeader;
import dev.peregrine.errors.HttpNotAcceptable;
import dev.peregrine.queues.store.QueueId;

/**
 * Zaqar's before hooks ({@code zaqar/transport/wsgi/driver.py} {@code before_hooks}), in its
 * order, as resource middleware so that, as in Zaqar, they run on routed requests only:
 * <ol>
 *   <li>form bodies are refused;
 *   <li>the client must accept JSON;
 *   <li>{@code Client-ID} must be a UUID;
 *   <li>{@code X-Project-ID} must be there, not empty, and at most 256 characters;
 *   <li>a queue name in the path must be valid.
 * </ol>
 * The versions document ({@code GET /}) needs neither header. What the hooks read, they hand
 * responders as path fields, as Zaqar's hooks add {@code project_id} to the responder's
 * parameters: {@link #CLIENT_ID}, {@link #PROJECT_ID} and {@link #QUEUE}.
 */
public final class ZaqarHooks implements ResourceMiddleware {

    /** The path field holding the canonical {@code Client-ID}. */
    public static final String CLIENT_ID = "client_id";
    /** The path field holding {@code X-Project-ID}. */
    public static final String PROJECT_ID = "project_id";
    /** The path field holding the {@link QueueId} of a route with {@code {queue_name}}. */
    public static final String QUEUE = "queue";
    /** The path field routes name their queue with. */
    public static final String QUEUE_NAME = "queue_name";

    private static final String FORM = "application/x-www-form-urlencoded";

    /** The queue of a route with {@code {queue_name}}, as the hooks checked it. */
    public static QueueId queue(Request req) {
        return req.pathFields().value(QUEUE, QueueId.class);
    }

    /** The canonical {@code Client-ID}, as the hooks checked it. */
    public static String clientId(Request req) {
        return req.pathFields().get(CLIENT_ID);
    }

    /** The {@code X-Project-ID}, as the hooks checked it. */
    public static String project(Request req) {
        return req.pathFields().get(PROJECT_ID);
    }

    @Override
    public void processResource(Request req, Response resp, Object resource, PathFields fields) {
        refuseFormBodies(req);
        requireAcceptsJson(req);
        if ("/".equals(req.path())) {
            return;
        }
        fields.put(CLIENT_ID, requireClientId(req));
        String project = requireProjectId(req);
        fields.put(PROJECT_ID, project);
        String queueName = fields.get(QUEUE_NAME);
        if (queueName != null) {
            if (!isQueueName(queueName)) {
                throw invalidQueueIdentification();
            }
            fields.put(QUEUE, new QueueId(project, queueName));
        }
    }

    /**
     * A form body is refused whatever its parameters ({@code ; charset=utf-8} included) and
     * however it is framed. NOTE: Zaqar compares the whole header and only with a Content-Length,
     * so both slip past it (zaqar.md §6).
     */
    private static void refuseFormBodies(Request req) {
        if (req.contentLength() < 0 && req.header("Transfer-Encoding") == null) {
            return;
        }
        if (FORM.equals(req.contentMediaType())) {
            throw new HttpBadRequest("Invalid Content-Type", "Endpoint does not accept `application/x-www-form-urlencoded`"
                    + " content; currently supported media type is `application/json`; specify proper client-side"
                    + " media type with the \"Content-Type\" header.");
        }
    }

    private static void requireAcceptsJson(Request req) {
        if (!req.clientAcceptsJson()) {
            throw new HttpNotAcceptable(null, "Endpoint only serves `application/json`; specify client-side media"
                    + " type support with the \"Accept\" header.")
                    .href("http://www.w3.org/Protocols/rfc2616/rfc2616-sec14.html",
                            "14.1 Accept, Hypertext Transfer Protocol -- HTTP/1.1");
        }
    }

    private static String requireClientId(Request req) {
        String clientId = req.header("Client-ID");
        if (clientId == null) {
            throw new HttpMissingHeader("Client-Id");
        }
        String canonical = Uuids.canonicalClientId(clientId);
        if (canonical == null) {
            throw new HttpBadRequest("Wrong UUID value", "Malformed hexadecimal UUID.");
        }
        return canonical;
    }

    /** NOTE: Zaqar checks the length only on routes with a queue name (zaqar.md §6); here every route does. */
    private static String requireProjectId(Request req) {
        String project = req.header("X-Project-ID");
        if (project == null) {
            throw new HttpBadRequest("Project-Id Missing", "The header X-PROJECT-ID was missing");
        }
        if (project.isEmpty()) {
            throw new HttpBadRequest("Empty project header not allowed",
                    "X-PROJECT-ID cannot be an empty string. Specify the right header X-PROJECT-ID and retry.");
        }
        if (project.length() > QueuesSettings.MAX_PROJECT_ID_LENGTH) {
            throw invalidQueueIdentification();
        }
        return project;
    }

    /**
     * Whether {@code name} is a queue name: 1 to 64 of {@code [a-zA-Z0-9_.-]}. NOTE: Zaqar's error
     * text leaves the dot out, but its pattern allows it.
     */
    public static boolean isQueueName(String name) {
        // PERF: a loop instead of Zaqar's regex; every queue route checks its name.
        int length = name.length();
        if (length == 0 || length > QueuesSettings.MAX_QUEUE_NAME_LENGTH) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private static HttpError invalidQueueIdentification() {
        return new HttpBadRequest("Invalid queue identification",
                "The format of the submitted queue name or project id is not valid.");
    }
}
