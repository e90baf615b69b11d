package dev.peregrine.internal.pipeline;

import dev.peregrine.AfterHook;
import dev.peregrine.BeforeHook;
import dev.peregrine.PathFields;
import dev.peregrine.Request;
import dev.peregrine.Responder;
import dev.peregrine.Response;
import java.util.List;

/** A responder with its before and after hooks, composed once when the route is added. */
public final class HookedResponder implements Responder {

    private final Responder responder;
    private final Object resource;
    private final BeforeHook[] before;
    private final AfterHook[] after;

    private HookedResponder(Responder responder, Object resource, BeforeHook[] before, AfterHook[] after) {
        this.responder = responder;
        this.resource = resource;
        this.before = before;
        this.after = after;
    }

    /** {@code responder} itself when there are no hooks, else a responder that runs them around it. */
    public static Responder wrap(Responder responder, Object resource, List<BeforeHook> before, List<AfterHook> after) {
        if (before.isEmpty() && after.isEmpty()) {
            return responder;
        }
        return new HookedResponder(responder, resource, before.toArray(BeforeHook[]::new), after.toArray(AfterHook[]::new));
    }

    /** The before hooks, in the order they run. */
    public BeforeHook[] beforeHooks() {
        return before;
    }

    /** The after hooks, in the order they run. */
    public AfterHook[] afterHooks() {
        return after;
    }

    @Override
    public void handle(Request req, Response resp) throws Exception {
        PathFields fields = req.pathFields();
        for (BeforeHook hook : before) {
            hook.before(req, resp, resource, fields);
        }
        responder.handle(req, resp);
        for (AfterHook hook : after) {
            hook.after(req, resp, resource);
        }
    }
}
