package dev.peregrine.internal.pipeline;

import dev.peregrine.Responder;
import dev.peregrine.errors.HttpBadRequest;
import dev.peregrine.errors.HttpMethodNotAllowed;
import dev.peregrine.errors.HttpNotImplemented;
import dev.peregrine.errors.HttpRouteNotFound;
import dev.peregrine.internal.HttpMethods;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** The answers Peregrine gives when the application has none: 404, 405, 501, OPTIONS and {@code OPTIONS *}. */
public final class DefaultResponders {

    /** 404 for a path that matches no route and no sink. */
    static final Responder NOT_FOUND = (req, resp) -> {
        throw new HttpRouteNotFound();
    };

    /** 501 for a method Peregrine does not recognize (RFC 9110 §9.1); Falcon answers 400. */
    static final Responder NOT_IMPLEMENTED = (req, resp) -> {
        throw new HttpNotImplemented(null, "The " + req.method() + " method is not implemented by this server.");
    };

    /** 400 for a method other than OPTIONS on the request target {@code *}, which names no resource (RFC 9110 §7.1). */
    static final Responder ASTERISK_WITHOUT_OPTIONS = (req, resp) -> {
        throw new HttpBadRequest("Invalid request target", "The request target '*' is only allowed with OPTIONS;"
                + " a " + req.method() + " request needs a path such as '/'.");
    };

    /** A route whose every method answers 404; the pipeline's answer when nothing matched. */
    static final Route NOT_FOUND_ROUTE = everyMethod(NOT_FOUND);

    /** A route whose every method answers 501; used before routing for unknown methods. */
    static final Route NOT_IMPLEMENTED_ROUTE = everyMethod(NOT_IMPLEMENTED);

    private DefaultResponders() {
    }

    /** 405 listing what the resource answers. */
    public static Responder methodNotAllowed(List<String> allowed) {
        return (req, resp) -> {
            throw new HttpMethodNotAllowed(allowed);
        };
    }

    /** OPTIONS answered with {@code Allow} listing {@code allowed}, and an empty body. */
    public static Responder options(List<String> allowed) {
        String allow = String.join(", ", allowed);
        return (req, resp) -> {
            resp.status(200);
            resp.setHeader("Allow", allow);
        };
    }

    /**
     * {@code methods} as every {@code Allow} header lists them: sorted, then OPTIONS, which is
     * always answered.
     */
    public static List<String> allowOrder(Collection<String> methods) {
        List<String> ordered = new ArrayList<>(methods);
        ordered.remove("OPTIONS");
        ordered.sort(null);
        ordered.add("OPTIONS");
        return List.copyOf(ordered);
    }

    /**
     * The route for the request target {@code *}: OPTIONS asks about the server as a whole
     * (RFC 9110 §9.3.7) and is answered with every method {@code answered} by some route, static
     * route or sink; any other recognized method is a 400.
     */
    public static Route serverWide(Collection<String> answered) {
        List<String> allowed = allowOrder(answered);
        Responder[] responders = new Responder[HttpMethods.COUNT];
        Arrays.fill(responders, ASTERISK_WITHOUT_OPTIONS);
        responders[HttpMethods.OPTIONS] = options(allowed);
        return new Route(null, null, null, responders, allowed, null);
    }

    private static Route everyMethod(Responder responder) {
        Responder[] all = new Responder[HttpMethods.COUNT];
        Arrays.fill(all, responder);
        return new Route(null, null, null, all, List.of(), null);
    }
}
