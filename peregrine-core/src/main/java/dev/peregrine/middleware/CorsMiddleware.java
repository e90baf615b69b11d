package dev.peregrine.middleware;

import dev.peregrine.Request;
import dev.peregrine.Response;
import dev.peregrine.ResponseMiddleware;
import java.util.List;
import java.util.Set;

/**
 * Cross-origin resource sharing, as Falcon's {@code CORSMiddleware}.
 *
 * <p>For a request with an allowed Origin it sets {@code Access-Control-Allow-Origin} ({@code *},
 * or the origin itself when origins are listed or credentials are allowed, then with
 * {@code Access-Control-Allow-Credentials: true}) and the exposed headers. A preflight (OPTIONS
 * with {@code Access-Control-Request-Method}) turns the resource's {@code Allow} into
 * {@code Access-Control-Allow-Methods}, echoes the requested headers (or {@code *}) and caches
 * for a day; a preflight to a resource without {@code Allow} is denied.
 *
 * <p>Unlike Falcon, whenever the answer depends on the Origin (listed origins or credentials) every
 * response carries {@code Vary: Origin}, so caches do not hand one origin's answer to another.
 *
 * {@snippet :
 * app.addMiddleware(CorsMiddleware.allowOrigins("https://app.example.com").allowCredentials(true));
 * }
 */
public final class CorsMiddleware implements ResponseMiddleware {

    private final Set<String> origins;
    private final boolean anyOrigin;
    private boolean credentialsForAll;
    private Set<String> credentialOrigins = Set.of();
    private String exposeHeaders;
    private boolean allowPrivateNetwork;

    private CorsMiddleware(Set<String> origins, boolean anyOrigin) {
        this.origins = origins;
        this.anyOrigin = anyOrigin;
    }

    /** Allows every origin ({@code Access-Control-Allow-Origin: *}). */
    public static CorsMiddleware allowAnyOrigin() {
        return new CorsMiddleware(Set.of(), true);
    }

    /** Allows only the listed origins, such as {@code https://app.example.com}. */
    public static CorsMiddleware allowOrigins(String... origins) {
        return new CorsMiddleware(Set.of(origins), false);
    }

    /** Allows credentials for every allowed origin (the origin is then echoed instead of {@code *}). */
    public CorsMiddleware allowCredentials(boolean allow) {
        this.credentialsForAll = allow;
        return this;
    }

    /** Allows credentials for these origins only. */
    public CorsMiddleware allowCredentials(List<String> origins) {
        this.credentialOrigins = Set.copyOf(origins);
        return this;
    }

    /** Response headers the browser may expose to scripts. */
    public CorsMiddleware exposeHeaders(String... headers) {
        this.exposeHeaders = headers.length == 0 ? null : String.join(", ", headers);
        return this;
    }

    /** Answers private network access preflights with {@code Access-Control-Allow-Private-Network: true}. */
    public CorsMiddleware allowPrivateNetwork(boolean allow) {
        this.allowPrivateNetwork = allow;
        return this;
    }

    @Override
    public void processResponse(Request req, Response resp, Object resource, boolean requestSucceeded) {
        boolean dependsOnOrigin = !anyOrigin || credentialsForAll || !credentialOrigins.isEmpty();
        if (dependsOnOrigin) {
            addVaryOrigin(resp);
        }
        String origin = req.header("Origin");
        if (origin == null || (!anyOrigin && !origins.contains(origin))) {
            return;
        }
        if (resp.header("Access-Control-Allow-Origin") == null) {
            String allowOrigin = anyOrigin ? "*" : origin;
            if (credentialsForAll || credentialOrigins.contains(origin)) {
                allowOrigin = origin;
                resp.setHeader("Access-Control-Allow-Credentials", "true");
            }
            resp.setHeader("Access-Control-Allow-Origin", allowOrigin);
        }
        if (exposeHeaders != null) {
            resp.setHeader("Access-Control-Expose-Headers", exposeHeaders);
        }
        if (requestSucceeded && "OPTIONS".equals(req.method()) && req.header("Access-Control-Request-Method") != null) {
            answerPreflight(req, resp);
        }
    }

    private void answerPreflight(Request req, Response resp) {
        String allow = resp.header("Allow");
        resp.deleteHeader("Allow");
        if (allow == null) {
            for (String header : List.of("Access-Control-Allow-Methods", "Access-Control-Allow-Headers",
                    "Access-Control-Max-Age", "Access-Control-Expose-Headers", "Access-Control-Allow-Origin",
                    "Access-Control-Allow-Credentials")) {
                resp.deleteHeader(header);
            }
            return;
        }
        resp.setHeader("Access-Control-Allow-Methods", allow);
        resp.setHeader("Access-Control-Allow-Headers", req.header("Access-Control-Request-Headers", "*"));
        resp.setHeader("Access-Control-Max-Age", "86400");
        if (allowPrivateNetwork && "true".equals(req.header("Access-Control-Request-Private-Network"))) {
            resp.setHeader("Access-Control-Allow-Private-Network", "true");
        }
    }

    private static void addVaryOrigin(Response resp) {
        String vary = resp.header("Vary");
        if (vary == null) {
            resp.setHeader("Vary", "Origin");
        } else if (!containsToken(vary, "Origin")) {
            resp.appendHeader("Vary", "Origin");
        }
    }

    private static boolean containsToken(String list, String token) {
        for (String part : list.split(",")) {
            if (part.strip().equalsIgnoreCase(token)) {
                return true;
            }
        }
        return false;
    }
}
