package dev.peregrine.errors;

/**
 * 404 raised when no route matches the path; catch it to tell unrouted paths from resources that
 * answered 404.
 */
public class HttpRouteNotFound extends HttpNotFound {

    /** A 404 with the status line as title. */
    public HttpRouteNotFound() {
        super();
    }

    /** A 404 with a title and a description of what was wrong. */
    public HttpRouteNotFound(String title, String description) {
        super(title, description);
    }
}
