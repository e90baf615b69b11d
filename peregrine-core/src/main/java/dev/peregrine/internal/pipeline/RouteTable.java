package dev.peregrine.internal.pipeline;

import dev.peregrine.Request;
import dev.peregrine.internal.HttpMethods;
import dev.peregrine.internal.routing.CompiledRouter;
import dev.peregrine.internal.staticfiles.StaticRoute;
import dev.peregrine.routing.Converters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a request can be routed to, in the order it is tried: routes (through the compiled
 * router), then sinks, then static routes, the newest of each first; and the way back from a
 * route to a path. The request target {@code *} is routed to none of them but to the server as a
 * whole.
 */
public final class RouteTable {

    private final CompiledRouter<Route> router;
    private final List<Route> routes = new ArrayList<>();
    private final List<SinkRoute> sinks = new ArrayList<>();
    private final List<Route> staticRoutes = new ArrayList<>();
    private Route serverWide;

    public RouteTable(Converters converters) {
        this.router = new CompiledRouter<>(converters);
    }

    /**
     * Adds a route, optionally named for reverse routing.
     *
     * @throws IllegalArgumentException when the name is taken or the template is unacceptable
     */
    public void add(Route route, String name) {
        if (name != null) {
            for (Route existing : routes) {
                if (name.equals(existing.name())) {
                    throw new IllegalArgumentException("Route name '" + name + "' is already used by '"
                            + existing.template() + "'; route names must be unique");
                }
            }
            route.name(name);
        }
        route.uriTemplate(router.add(route.template(), route));
        routes.add(route);
    }

    public void addSink(SinkRoute sink) {
        sinks.add(sink);
    }

    public void addStatic(StaticRoute files) {
        staticRoutes.add(new Route(null, files, null, files.responders(), StaticRoute.ALLOWED_METHODS, null));
    }

    /**
     * Builds what depends on every route, sink and static route: the answer to {@code OPTIONS *}.
     * Called once, when the app freezes, after lambda routes have their responders.
     */
    public void freeze() {
        Set<String> answered = new HashSet<>();
        for (Route route : routes) {
            answered.addAll(route.allowed());
        }
        for (Route route : staticRoutes) {
            answered.addAll(route.allowed());
        }
        if (!sinks.isEmpty()) {
            // NOTE: a sink takes whatever method reaches it.
            answered.addAll(HttpMethods.ALL);
        }
        serverWide = DefaultResponders.serverWide(answered);
    }

    /**
     * The route for a request, its path fields filled in: a 501 route for unknown methods, the
     * server-wide route for the target {@code *}, a 404 route when nothing matches.
     */
    public Route find(Request req, Call call, boolean stripTrailingSlash) {
        if (HttpMethods.indexOf(req.method()) < 0) {
            return DefaultResponders.NOT_IMPLEMENTED_ROUTE;
        }
        String path = req.rawPath();
        if (path.equals("*")) {
            // NOTE: RFC 9110 §7.1: the asterisk form, for OPTIONS only, names the server, not a resource.
            return serverWide;
        }
        if (stripTrailingSlash && path.length() > 1 && path.charAt(path.length() - 1) == '/') {
            path = path.substring(0, path.length() - 1);
        }
        Route found = router.find(path, call.fields());
        if (found != null) {
            call.uriTemplate(found.template());
            return found;
        }
        for (int i = sinks.size() - 1; i >= 0; i--) {
            Route sink = sinks.get(i).match(req.path(), call.fields());
            if (sink != null) {
                return sink;
            }
        }
        for (int i = staticRoutes.size() - 1; i >= 0; i--) {
            Route candidate = staticRoutes.get(i);
            if (((StaticRoute) candidate.resource()).matches(req.path())) {
                return candidate;
            }
        }
        return DefaultResponders.NOT_FOUND_ROUTE;
    }

    /** The route named {@code name}. */
    public Route named(String name) {
        for (Route route : routes) {
            if (name.equals(route.name())) {
                return route;
            }
        }
        throw new IllegalArgumentException("No route is named '" + name + "'; name one with addNamedRoute");
    }

    /** The route of {@code resource} with {@code suffix} (or none). */
    public Route serving(Object resource, String suffix) {
        for (Route route : routes) {
            if (route.resource() == resource && Objects.equals(route.suffix(), suffix)) {
                return route;
            }
        }
        throw new IllegalArgumentException("No route serves " + resource.getClass().getName()
                + (suffix == null ? "" : " with suffix '" + suffix + "'"));
    }

    public String describeRouter() {
        return router.describe();
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    public List<SinkRoute> sinks() {
        return List.copyOf(sinks);
    }

    /** The static routes, in the order they are tried: the newest first. */
    public List<StaticRoute> staticRoutes() {
        List<StaticRoute> tried = new ArrayList<>(staticRoutes.size());
        for (int i = staticRoutes.size() - 1; i >= 0; i--) {
            tried.add((StaticRoute) staticRoutes.get(i).resource());
        }
        return tried;
    }
}
