package dev.peregrine.errors;

import java.util.List;

/**
 * 401 Unauthorized: the request lacks valid credentials; say how to authenticate with challenges.
 *
 * <p>The challenges become one {@code WWW-Authenticate} header, joined with {@code ", "} as Falcon
 * does:
 * {@snippet :
 * throw new HttpUnauthorized(List.of("Bearer realm=\"api\"", "Basic realm=\"api\""));
 * // WWW-Authenticate: Bearer realm="api", Basic realm="api"
 * }
 */
public class HttpUnauthorized extends HttpError {

    /** The name of the header the challenges go to. */
    public static final String WWW_AUTHENTICATE = "WWW-Authenticate";

    /** A 401 with the status line as title and no challenge. */
    public HttpUnauthorized() {
        super(401);
    }

    /** A 401 with a title and a description of what was wrong, and no challenge. */
    public HttpUnauthorized(String title, String description) {
        super(401, title, description);
    }

    /** A 401 with the status line as title and {@code WWW-Authenticate} from the challenges. */
    public HttpUnauthorized(List<String> challenges) {
        this(challenges, null, null);
    }

    /**
     * A 401 with a title, a description and the authentication challenges.
     *
     * @param challenges such as {@code Bearer realm="api"}; none means no {@code WWW-Authenticate}
     * @param title a short summary; {@code null} for the status line
     * @param description what was wrong; {@code null} for none
     */
    public HttpUnauthorized(List<String> challenges, String title, String description) {
        super(401, title, description, challengeHeader(challenges));
    }

    private static String[][] challengeHeader(List<String> challenges) {
        // NOTE: as in Falcon, no challenge means no header rather than an empty one.
        if (challenges.isEmpty()) {
            return new String[0][];
        }
        return new String[][] {{WWW_AUTHENTICATE, String.join(", ", challenges)}};
    }
}
