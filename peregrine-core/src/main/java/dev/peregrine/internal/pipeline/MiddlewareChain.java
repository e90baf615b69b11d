package dev.peregrine.internal.pipeline;

import dev.peregrine.PathFields;
import dev.peregrine.Request;
import dev.peregrine.RequestMiddleware;
import dev.peregrine.ResourceMiddleware;
import dev.peregrine.Response;
import dev.peregrine.ResponseMiddleware;
import java.util.ArrayList;
import java.util.List;

/**
 * Middleware components with their steps bound once: request and resource steps in the order
 * added, response steps in reverse. Falcon's rules: a step that sets
 * {@link Response#complete(boolean)} stops the remaining request and resource steps; with
 * independent middleware (the default) every response step runs, otherwise only those of
 * components whose request step ran.
 */
public final class MiddlewareChain {

    private final List<Object> components = new ArrayList<>();
    private RequestMiddleware[] requestSteps = new RequestMiddleware[0];
    private ResourceMiddleware[] resourceSteps = new ResourceMiddleware[0];
    private ResponseMiddleware[] responseSteps = new ResponseMiddleware[0];

    /**
     * Adds a component implementing any of the three middleware interfaces.
     *
     * @throws IllegalArgumentException when it implements none
     */
    /** A chain of {@code components}, in order. */
    public static MiddlewareChain of(List<Object> components) {
        MiddlewareChain chain = new MiddlewareChain();
        components.forEach(chain::add);
        return chain;
    }

    public void add(Object component) {
        requireMiddleware(component);
        components.add(component);
        int n = components.size();
        requestSteps = new RequestMiddleware[n];
        resourceSteps = new ResourceMiddleware[n];
        responseSteps = new ResponseMiddleware[n];
        for (int i = 0; i < n; i++) {
            Object c = components.get(i);
            requestSteps[i] = c instanceof RequestMiddleware m ? m : null;
            resourceSteps[i] = c instanceof ResourceMiddleware m ? m : null;
            responseSteps[i] = c instanceof ResponseMiddleware m ? m : null;
        }
    }

    /** Fails unless {@code component} implements at least one middleware interface. */
    public static void requireMiddleware(Object component) {
        if (!(component instanceof RequestMiddleware) && !(component instanceof ResourceMiddleware)
                && !(component instanceof ResponseMiddleware)) {
            throw new IllegalArgumentException((component == null ? "null" : component.getClass().getName())
                    + " is not middleware: implement RequestMiddleware, ResourceMiddleware and/or ResponseMiddleware");
        }
    }

    /** The components, in the order added. */
    public List<Object> components() {
        return List.copyOf(components);
    }

    public boolean isEmpty() {
        return components.isEmpty();
    }

    /**
     * Runs request steps until one completes the response.
     *
     * @param groupLevel whether this is a route group's chain; the request records how many
     *     components of each level it reached, so a failure can be unwound
     */
    public void processRequest(Request req, Response resp, Call call, boolean groupLevel) throws Exception {
        RequestMiddleware[] steps = requestSteps;
        for (int i = 0; i < steps.length; i++) {
            if (steps[i] != null) {
                steps[i].processRequest(req, resp);
            }
            call.middlewareReached(groupLevel, i + 1);
            if (resp.complete()) {
                return;
            }
        }
    }

    /** Runs resource steps until one completes the response. */
    public void processResource(Request req, Response resp, Object resource, PathFields fields) throws Exception {
        for (ResourceMiddleware step : resourceSteps) {
            if (step != null) {
                step.processResource(req, resp, resource, fields);
                if (resp.complete()) {
                    return;
                }
            }
        }
    }

    /**
     * Runs response steps in reverse, each failure handled by {@code errors}; later steps then see
     * {@code requestSucceeded == false}.
     *
     * @param reached how many components' request steps ran (only used when not independent)
     * @return whether the request still counts as succeeded
     */
    public boolean processResponse(Request req, Response resp, Object resource, boolean succeeded,
            boolean independent, int reached, ErrorHandlers errors) {
        int start = independent ? responseSteps.length : reached;
        for (int i = start - 1; i >= 0; i--) {
            ResponseMiddleware step = responseSteps[i];
            if (step == null) {
                continue;
            }
            try {
                step.processResponse(req, resp, resource, succeeded);
            } catch (Throwable e) {
                errors.handle(req, resp, e);
                succeeded = false;
            }
        }
        return succeeded;
    }
}
