package dev.peregrine;

import dev.peregrine.errors.HttpMethodNotAllowed;
import dev.peregrine.errors.HttpNotImplemented;
import dev.peregrine.errors.HttpRouteNotFound;
import dev.peregrine.internal.HttpMethods;
import java.util.Arrays;
import java.util.List;

/** The answers Peregrine gives when the application has none: 404, 405, 501 and OPTIONS. */
final class DefaultResponders {

    /** 404 for a path that matches no route and no sink. */
    static final Responder NOT_FOUND = (req, resp) -> {
        throw new HttpRouteNotFound();
    };

    /** 501 for a method Peregrine does not recognize (RFC 9110 §9.1); Falcon answers 400. */
    static final Responder NOT_IMPLEMENTED = (req, resp) -> {
        throw new HttpNotImplemented(null, "The " + req.method() + " method is not implemented by this server.");
    };

    /** A route whose every method answers 404; the pipeline's answer when nothing matched. */
    static final Route NOT_FOUND_ROUTE = everyMethod(NOT_FOUND);

    /** A route whose every method answers 501; used before routing for unknown methods. */
    static final Route NOT_IMPLEMENTED_ROUTE = everyMethod(NOT_IMPLEMENTED);

    private DefaultResponders() {
    }

    /** 405 listing what the resource answers. */
    static Responder methodNotAllowed(List<String> allowed) {
        return (req, resp) -> {
            throw new HttpMethodNotAllowed(allowed);
        };
    }

    /** OPTIONS answered with {@code Allow} and an empty body. */
    static Responder options(String allow) {
        return (req, resp) -> {
            resp.status(200);
            resp.setHeader("Allow", allow);
        };
    }

    private static Route everyMethod(Responder responder) {
        Responder[] all = new Responder[HttpMethods.COUNT];
        Arrays.fill(all, responder);
        return new Route(null, null, null, all, "", null);
    }
}
