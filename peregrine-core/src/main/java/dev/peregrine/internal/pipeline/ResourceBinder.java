package dev.peregrine.internal.pipeline;

import dev.peregrine.AfterHook;
import dev.peregrine.BeforeHook;
import dev.peregrine.Hooks;
import dev.peregrine.Request;
import dev.peregrine.Responder;
import dev.peregrine.Response;
import dev.peregrine.RouteGroup;
import dev.peregrine.internal.HttpMethods;
import dev.peregrine.internal.ResponderBinder;
import dev.peregrine.routing.UnacceptableRouteException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Route} from a resource, once, when it is added: binds its responders, wraps
 * them in their hooks, and fills in HEAD (answered by GET), OPTIONS and 405 defaults.
 */
public final class ResourceBinder {

    private ResourceBinder() {
    }

    /**
     * Binds {@code resourceOrHooks} (a resource, or one wrapped in {@link Hooks}).
     *
     * @throws UnacceptableRouteException naming the template and the fix when the resource has no
     *     responders for the suffix, a method named like a responder cannot be one, or a hook
     *     names a responder that does not exist
     */
    public static Route bind(String template, Object resourceOrHooks, String suffix, RouteGroup group) {
        Hooks hooks = resourceOrHooks instanceof Hooks h ? h : null;
        Object resource = hooks != null ? hooks.resource() : resourceOrHooks;
        if (resource == null) {
            throw new UnacceptableRouteException("Route '" + template + "' has a null resource");
        }
        Responder[] responders = ResponderBinder.bind(template, resource, suffix);
        if (countDefined(responders) == 0) {
            throw new UnacceptableRouteException("Route '" + template + "': " + resource.getClass().getName()
                    + " has no responder methods" + (suffix == null ? "" : " for suffix '" + suffix + "'")
                    + "; declare one such as 'public void " + HttpMethods.responderName("GET", suffix)
                    + "(Request req, Response resp)'");
        }
        if (hooks != null) {
            checkHookTargets(template, resource, hooks, suffix);
        }
        List<BeforeHook> groupBefore = group == null ? List.of() : group.beforeHooks();
        List<AfterHook> groupAfter = group == null ? List.of() : group.afterHooks();
        for (int i = 0; i < responders.length; i++) {
            if (responders[i] != null) {
                String name = HttpMethods.responderName(HttpMethods.ALL.get(i), suffix);
                responders[i] = HookedResponder.wrap(responders[i], resource, beforeHooks(groupBefore, hooks, name),
                        afterHooks(groupAfter, hooks, name));
            }
        }
        return withDefaults(template, resource, suffix, responders, group);
    }

    /** Builds a route for a resource made of lambdas, one per method. */
    public static Route bindLambdas(String template, Object resource, Responder[] responders, RouteGroup group) {
        return withDefaults(template, resource, null, responders.clone(), group);
    }

    private static Route withDefaults(String template, Object resource, String suffix, Responder[] responders, RouteGroup group) {
        if (responders[HttpMethods.HEAD] == null && responders[HttpMethods.GET] != null) {
            // NOTE: RFC 9110 §9.3.2: HEAD is GET without the body; the renderer drops the body
            // and keeps Content-Length. Falcon answers 405 here.
            responders[HttpMethods.HEAD] = responders[HttpMethods.GET];
        }
        List<String> defined = new ArrayList<>();
        for (int i = 0; i < responders.length; i++) {
            if (responders[i] != null) {
                defined.add(HttpMethods.ALL.get(i));
            }
        }
        List<String> allowed = DefaultResponders.allowOrder(defined);
        if (responders[HttpMethods.OPTIONS] == null) {
            responders[HttpMethods.OPTIONS] = DefaultResponders.options(allowed);
        }
        Responder notAllowed = DefaultResponders.methodNotAllowed(allowed);
        for (int i = 0; i < responders.length; i++) {
            if (responders[i] == null) {
                responders[i] = notAllowed;
            }
        }
        return new Route(template, resource, suffix, responders, allowed, group);
    }

    private static void checkHookTargets(String template, Object resource, Hooks hooks, String suffix) {
        Map<String, Method> candidates = ResponderBinder.responderCandidates(resource.getClass());
        List<String> names = new ArrayList<>();
        hooks.beforeHooks().forEach(a -> names.add(a.responderName()));
        hooks.afterHooks().forEach(a -> names.add(a.responderName()));
        for (String name : names) {
            if (name != null && !candidates.containsKey(name)) {
                throw new UnacceptableRouteException("Route '" + template + "': a hook is attached to '" + name
                        + "', but " + resource.getClass().getName() + " has no such responder"
                        + (suffix == null ? "" : " (suffix '" + suffix + "')")
                        + "; name one of " + candidates.keySet());
            }
        }
    }

    private static List<BeforeHook> beforeHooks(List<BeforeHook> group, Hooks hooks, String responderName) {
        List<BeforeHook> chain = new ArrayList<>(group);
        if (hooks != null) {
            for (Hooks.Attached<BeforeHook> attached : hooks.beforeHooks()) {
                if (attached.responderName() == null) {
                    chain.add(attached.hook());
                }
            }
            for (Hooks.Attached<BeforeHook> attached : hooks.beforeHooks()) {
                if (responderName.equals(attached.responderName())) {
                    chain.add(attached.hook());
                }
            }
        }
        return chain;
    }

    private static List<AfterHook> afterHooks(List<AfterHook> group, Hooks hooks, String responderName) {
        List<AfterHook> chain = new ArrayList<>();
        if (hooks != null) {
            for (Hooks.Attached<AfterHook> attached : hooks.afterHooks()) {
                if (responderName.equals(attached.responderName())) {
                    chain.add(attached.hook());
                }
            }
            for (Hooks.Attached<AfterHook> attached : hooks.afterHooks()) {
                if (attached.responderName() == null) {
                    chain.add(attached.hook());
                }
            }
        }
        chain.addAll(group);
        return chain;
    }

    private static int countDefined(Responder[] responders) {
        int count = 0;
        for (Responder responder : responders) {
            if (responder != null) {
                count++;
            }
        }
        return count;
    }
}
