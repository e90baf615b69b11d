package dev.peregrine;

import dev.peregrine.internal.pipeline.CallbackDescription;
import dev.peregrine.internal.pipeline.MiddlewareChain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes under a common prefix with their own middleware and hooks, created with
 * {@link App#group(String)}.
 *
 * {@snippet :
 * RouteGroup admin = app.group("/admin");
 * admin.addMiddleware(new RequireAdmin());     // runs right after routing into the group
 * admin.before(auditHook);                     // wraps every responder of the group
 * admin.addRoute("/users/{id:int}", new UserAdminResource());   // serves /admin/users/{id:int}
 * }
 *
 * <p>For a request routed into the group, its request middleware runs after the app's request
 * middleware and routing, its resource middleware after the app's, and its response middleware
 * before the app's. Its hooks wrap outside the resource's own. Declare middleware and hooks
 * before adding routes; a nested group inherits its parent's.
 */
public final class RouteGroup {

    private final App app;
    private final String prefix;
    private final RouteGroup parent;
    private final List<Object> middleware = new ArrayList<>();
    private final List<BeforeHook> before = new ArrayList<>();
    private final List<AfterHook> after = new ArrayList<>();
    private final Map<Object, String> hookDescriptions = new IdentityHashMap<>();
    private boolean hasRoutes;

    RouteGroup(App app, String prefix, RouteGroup parent) {
        if (prefix == null || !prefix.startsWith("/") || prefix.endsWith("/")) {
            throw new IllegalArgumentException("Group prefix '" + prefix
                    + "' must start with '/' and not end with one, for example '/api/v1'");
        }
        this.app = app;
        this.prefix = prefix;
        this.parent = parent;
        if (parent != null) {
            before.addAll(parent.before);
            after.addAll(parent.after);
            hookDescriptions.putAll(parent.hookDescriptions);
        }
    }

    /** The full prefix, parents' prefixes included. */
    public String prefix() {
        return parent == null ? prefix : parent.prefix() + prefix;
    }

    /** Adds a route at {@code prefix + template}; see {@link App#addRoute(String, Object)}. */
    public RouteGroup addRoute(String template, Object resource) {
        return addRoute(template, resource, null);
    }

    /** Adds a suffixed route at {@code prefix + template}; see {@link App#addRoute(String, Object, String)}. */
    public RouteGroup addRoute(String template, Object resource, String suffix) {
        hasRoutes = true;
        app.addGroupRoute(this, null, prefix() + template, resource, suffix);
        return this;
    }

    /** Adds a named route at {@code prefix + template}, for {@link App#uriFor(String, java.util.Map)}. */
    public RouteGroup addNamedRoute(String name, String template, Object resource, String suffix) {
        hasRoutes = true;
        app.addGroupRoute(this, name, prefix() + template, resource, suffix);
        return this;
    }

    /** Adds middleware that runs only for requests routed into this group. */
    public RouteGroup addMiddleware(Object component) {
        app.checkNotFrozen("add group middleware");
        MiddlewareChain.requireMiddleware(component);
        middleware.add(component);
        return this;
    }

    /** Runs {@code hook} before every responder in the group. */
    public RouteGroup before(BeforeHook hook) {
        checkNoRoutes("before");
        before.add(hook);
        hookDescriptions.put(hook, CallbackDescription.of(hook));
        return this;
    }

    /** Runs {@code hook} after every responder in the group that returns normally. */
    public RouteGroup after(AfterHook hook) {
        checkNoRoutes("after");
        after.add(hook);
        hookDescriptions.put(hook, CallbackDescription.of(hook));
        return this;
    }

    /** A nested group under {@code prefix()} + {@code subPrefix}, inheriting this group's middleware and hooks. */
    public RouteGroup group(String subPrefix) {
        return new RouteGroup(app, subPrefix, this);
    }

    /** The group's own before hooks, in the order declared (a nested group's routes get its parents' too). */
    public List<BeforeHook> beforeHooks() {
        return Collections.unmodifiableList(before);
    }

    /** The group's own after hooks, in the order declared. */
    public List<AfterHook> afterHooks() {
        return Collections.unmodifiableList(after);
    }

    /** Each hook's description for {@link App#inspect()}, taken where it was declared. */
    public Map<Object, String> hookDescriptions() {
        return Collections.unmodifiableMap(hookDescriptions);
    }

    /** The middleware its routes run, parents' first, in the order added. */
    public List<Object> middleware() {
        List<Object> all = parent == null ? new ArrayList<>() : new ArrayList<>(parent.middleware());
        all.addAll(middleware);
        return all;
    }

    private void checkNoRoutes(String what) {
        if (hasRoutes) {
            throw new IllegalStateException("Group '" + prefix() + "': declare " + what
                    + " hooks before adding routes, so every route of the group gets them");
        }
    }

    @Override
    public String toString() {
        return "RouteGroup[" + prefix() + "]";
    }
}
