package dev.peregrine.routing;

/**
 * A route that cannot be added: a malformed URI template, an unknown converter or bad converter
 * arguments, a duplicate route, a template that conflicts with one added before, or a resource
 * without responders for the route or with methods named like responders that cannot be one.
 *
 * <p>Thrown at startup, never while handling a request. The message names the template, what is
 * wrong with it and how to fix it, for example:
 * {@snippet lang=text :
 * Route template '/things/{id:int(foo=1)}', field 'id': converter 'int' has no parameter 'foo';
 * it takes num_digits, min, max
 * }
 */
public class UnacceptableRouteException extends IllegalArgumentException {

    /** A rejection with a message saying what is wrong and how to fix it. */
    public UnacceptableRouteException(String message) {
        super(message);
    }

    /** A rejection caused by another exception, such as an invalid regular expression. */
    public UnacceptableRouteException(String message, Throwable cause) {
        super(message, cause);
    }
}
