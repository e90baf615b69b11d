package dev.peregrine;

import dev.peregrine.internal.pipeline.CallbackDescription;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Attaches before and after hooks to a resource, visibly, where the route is added.
 *
 * {@snippet :
 * app.addRoute("/{userId}/things", Hooks.around(things)
 *         .before(new Authorize())                 // every responder of the resource
 *         .before("onPost", maxBody(64 * 1024))    // only onPost
 *         .after("onGet", addPoweredBy));
 * }
 *
 * <p>Order, as Falcon's decorators: resource-wide before hooks, then the responder's own before
 * hooks, each list in the order declared; then the responder; then the responder's own after
 * hooks, then resource-wide after hooks, each in the order declared. After hooks run only when the
 * responder returned normally. Default responders (405, OPTIONS) are not hooked. Hooks are bound
 * into the responder once, when the route is added.
 */
public final class Hooks {

    /**
     * A hook and the responder method it is limited to.
     *
     * @param responderName the responder method's name, or {@code null} for all of the resource's responders
     * @param hook the hook
     */
    public record Attached<H>(String responderName, H hook) {
    }

    private final Object resource;
    private final List<Attached<BeforeHook>> before = new ArrayList<>();
    private final List<Attached<AfterHook>> after = new ArrayList<>();
    private final Map<Object, String> descriptions = new IdentityHashMap<>();

    private Hooks(Object resource) {
        if (resource == null) {
            throw new IllegalArgumentException("Hooks need a resource, got null");
        }
        this.resource = resource;
    }

    /** Starts attaching hooks to {@code resource}. */
    public static Hooks around(Object resource) {
        return new Hooks(resource);
    }

    /** Runs {@code hook} before every responder of the resource. */
    public Hooks before(BeforeHook hook) {
        before.add(new Attached<>(null, hook));
        descriptions.put(hook, CallbackDescription.of(hook));
        return this;
    }

    /** Runs {@code hook} before one responder, named as its method, such as {@code "onPost"}. */
    public Hooks before(String responderName, BeforeHook hook) {
        before.add(new Attached<>(responderName, hook));
        descriptions.put(hook, CallbackDescription.of(hook));
        return this;
    }

    /** Runs {@code hook} after every responder of the resource. */
    public Hooks after(AfterHook hook) {
        after.add(new Attached<>(null, hook));
        descriptions.put(hook, CallbackDescription.of(hook));
        return this;
    }

    /** Runs {@code hook} after one responder, named as its method, such as {@code "onGet"}. */
    public Hooks after(String responderName, AfterHook hook) {
        after.add(new Attached<>(responderName, hook));
        descriptions.put(hook, CallbackDescription.of(hook));
        return this;
    }

    /** The resource the hooks wrap. */
    public Object resource() {
        return resource;
    }

    /** The before hooks, in the order attached. */
    public List<Attached<BeforeHook>> beforeHooks() {
        return Collections.unmodifiableList(before);
    }

    /** The after hooks, in the order attached. */
    public List<Attached<AfterHook>> afterHooks() {
        return Collections.unmodifiableList(after);
    }

    /** Each hook's description for {@link App#inspect()}, taken where it was attached. */
    public Map<Object, String> descriptions() {
        return Collections.unmodifiableMap(descriptions);
    }
}
