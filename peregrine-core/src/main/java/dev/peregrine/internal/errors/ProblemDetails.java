package dev.peregrine.internal.errors;

import dev.peregrine.errors.HttpError;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error as RFC 9457 problem details, the members of an {@code application/problem+json} body:
 * {@snippet :
 * new HttpError(404).description("No order 7").code(42)
 * // {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "No order 7", "code": 42}
 * }
 */
public final class ProblemDetails {

    /** The media type of a problem details body in JSON (RFC 9457 §3). */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** The problem type of an error that links to no documentation (RFC 9457 §4.2.1). */
    public static final String ABOUT_BLANK = "about:blank";

    private ProblemDetails() {
    }

    /**
     * The error's members in this order: {@code type} (the error's documentation link, or
     * {@code about:blank}), {@code title}, {@code status}, {@code detail} (the description, when
     * there is one), then the extension member {@code code} when there is one.
     *
     * <p>An error whose title is the default status line gets the bare reason phrase as title
     * ({@code "Not Found"}, not {@code "404 Not Found"}): RFC 9457 §4.2.1 asks for that with
     * {@code about:blank}, and the status is a member of its own anyway.
     */
    public static Map<String, Object> toMap(HttpError error) {
        Map<String, Object> problem = new LinkedHashMap<>(8);
        problem.put("type", error.href() != null ? error.href() : ABOUT_BLANK);
        problem.put("title", problemTitle(error));
        problem.put("status", error.status());
        if (error.description() != null) {
            problem.put("detail", error.description());
        }
        if (error.code() != null) {
            problem.put("code", error.code());
        }
        return problem;
    }

    private static String problemTitle(HttpError error) {
        String title = error.title();
        String statusLine = error.statusLine();
        return title.equals(statusLine) ? statusLine.substring(4) : title;
    }
}
