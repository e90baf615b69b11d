package dev.peregrine.queues.auth;

import dev.peregrine.PathFields;
import dev.peregrine.Request;
import dev.peregrine.ResourceMiddleware;
import dev.peregrine.Response;
import dev.peregrine.errors.HttpForbidden;
import dev.peregrine.errors.HttpUnauthorized;
import java.util.List;

/**
 * Requires an API token in {@code X-Auth-Token} (the header Keystone and Zaqar's clients use) on
 * every routed request but the versions document: 401 with {@code WWW-Authenticate} when it is
 * missing or wrong, 403 when it opens another project than {@code X-Project-ID}. Runs before
 * Zaqar's hooks, as Keystone's middleware runs before Zaqar. Tokens are never logged.
 */
public final class TokenAuthMiddleware implements ResourceMiddleware {

    /** The header the token comes in. */
    public static final String HEADER = "X-Auth-Token";
    private static final List<String> CHALLENGE = List.of("Token realm=\"peregrine-queues\"");

    private final TokenAuthenticator authenticator;

    /** Middleware checking tokens with {@code authenticator}. */
    public TokenAuthMiddleware(TokenAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void processResource(Request req, Response resp, Object resource, PathFields fields) {
        if ("/".equals(req.path())) {
            return;
        }
        String token = req.header(HEADER);
        if (token == null || token.isEmpty()) {
            throw new HttpUnauthorized(CHALLENGE, "Authentication required",
                    "Send the project's API token in the " + HEADER + " header.");
        }
        String project = authenticator.projectOf(token);
        if (project == null) {
            throw new HttpUnauthorized(CHALLENGE, "Authentication required",
                    "The " + HEADER + " header does not hold a valid token.");
        }
        String asked = req.header("X-Project-ID");
        // NOTE: without X-Project-ID the request goes on, and the project hook answers 400 naming the header.
        if (asked != null && !asked.equals(project)) {
            throw new HttpForbidden("Not authorized", "The token in " + HEADER + " is not valid for the project in X-Project-ID.");
        }
    }
}
