package dev.peregrine;

import dev.peregrine.errors.DefaultErrorSerializer;
import dev.peregrine.errors.ErrorHandler;
import dev.peregrine.errors.ErrorSerializer;
import dev.peregrine.errors.HttpError;
import dev.peregrine.internal.HttpMethods;
import dev.peregrine.internal.staticfiles.StaticRoute;
import dev.peregrine.media.MediaHandlers;
import dev.peregrine.routing.Converters;
import dev.peregrine.spi.HttpExchange;
import dev.peregrine.staticfiles.StaticRouteOptions;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Peregrine application: routes, middleware, error handlers, sinks, static routes, media
 * handlers and options.
 *
 * {@snippet :
 * App app = new App();
 * app.addRoute("/things/{id:int}", new ThingResource());   // onGet, onPut, ... bound once, here
 * app.get("/health", (req, resp) -> resp.text("ok"));
 * TestClient client = new TestClient(app);                  // or serve it with peregrine-netty
 * }
 *
 * <p>Configure everything before the first request: the app then freezes, binding middleware
 * chains once, and further changes fail. {@link #handle(HttpExchange)} is thread-safe.
 */
public final class App {

    private final RequestOptions requestOptions = new RequestOptions();
    private final ResponseOptions responseOptions = new ResponseOptions();
    private final MediaHandlers mediaHandlers = MediaHandlers.defaults();
    private final Converters converters = new Converters();
    private final RouteTable table = new RouteTable(converters);
    private final MiddlewareChain middleware = new MiddlewareChain();
    private final ErrorHandlers errors =
            new ErrorHandlers(new DefaultErrorSerializer(mediaHandlers, true));
    private final Map<String, LambdaResource> lambdaResources = new LinkedHashMap<>();
    private final Map<String, Route> lambdaRoutes = new LinkedHashMap<>();
    private final Map<Object, String> hookDescriptions = new IdentityHashMap<>();
    private boolean independentMiddleware = true;
    private boolean customErrorSerializer;
    private ResponseRenderer renderer;
    private volatile boolean frozen;

    /** An app with Falcon's defaults (see {@link RequestOptions} and {@link ResponseOptions} for the differences). */
    public App() {
    }

    // ---- The request's story -------------------------------------------------------------------

    /**
     * Handles one request: request middleware → routing → group and resource middleware →
     * responder → response middleware → rendering. Any exception along the way goes to the error
     * handlers. The returned response is rendered: servers send its status, headers and
     * {@link Response#body()} or {@link Response#stream()} (or, zero-copy, the
     * {@link Response#fileRegion()} that stream reads).
     */
    public Response handle(HttpExchange exchange) {
        freezeOnFirstRequest();
        Request req = new Request(exchange, requestOptions, mediaHandlers);
        Response resp = new Response();
        Route route = null;
        boolean succeeded = false;
        try {
            middleware.processRequest(req, resp, false);
            if (!resp.complete()) {
                route = table.find(req, requestOptions.stripUrlPathTrailingSlash());
                runInRoute(req, resp, route);
            }
            succeeded = true;
        } catch (Throwable e) {
            errors.handle(req, resp, e);
        }
        Object resource = route == null ? null : route.resource();
        if (route != null && route.group() != null) {
            succeeded = route.group().chain().processResponse(req, resp, resource, succeeded,
                    independentMiddleware, req.middlewareReached(true), errors);
        }
        middleware.processResponse(req, resp, resource, succeeded,
                independentMiddleware, req.middlewareReached(false), errors);
        render(req, resp);
        return resp;
    }

    /**
     * Answers a request with an error without routing it or running middleware: how servers
     * refuse input they cannot hand to the app (a request line or headers over their limits, a
     * malformed message, too many requests in flight). The error is rendered by the app's error
     * serializer, so it has the same shape as every other error.
     */
    public Response renderError(HttpExchange exchange, HttpError error) {
        freezeOnFirstRequest();
        Request req = new Request(exchange, requestOptions, mediaHandlers);
        Response resp = new Response();
        errors.renderError(req, resp, error);
        render(req, resp);
        return resp;
    }

    private void runInRoute(Request req, Response resp, Route route) throws Exception {
        MiddlewareChain group = route.group() == null ? null : route.group().chain();
        if (group != null) {
            group.processRequest(req, resp, true);
        }
        if (!resp.complete() && route.resource() != null) {
            middleware.processResource(req, resp, route.resource(), req.pathFields());
            if (group != null && !resp.complete()) {
                group.processResource(req, resp, route.resource(), req.pathFields());
            }
        }
        if (!resp.complete()) {
            route.responder(HttpMethods.indexOf(req.method())).handle(req, resp);
        }
    }

    private void render(Request req, Response resp) {
        try {
            renderer.render(req, resp);
        } catch (Throwable e) {
            errors.handle(req, resp, e);
            renderer.render(req, resp);
        }
    }

    // ---- Routes --------------------------------------------------------------------------------

    /**
     * Routes {@code template} to a resource whose responders are methods named after HTTP
     * methods: {@code onGet(Request req, Response resp)}, {@code onPost}, ... Responders are found
     * and bound here, once; wrap the resource in {@link Hooks} to attach hooks.
     *
     * @throws dev.peregrine.routing.UnacceptableRouteException when the template is malformed,
     *     conflicts with another, or is already routed; the message names both and the fix
     */
    public App addRoute(String template, Object resource) {
        return addRoute(template, resource, null);
    }

    /**
     * Routes {@code template} to the responders of {@code resource} that end with {@code suffix}:
     * suffix {@code "collection"} binds {@code onGetCollection}, {@code onPostCollection}, ...
     */
    public App addRoute(String template, Object resource, String suffix) {
        addGroupRoute(null, null, template, resource, suffix);
        return this;
    }

    /** As {@link #addRoute(String, Object, String)} ({@code suffix} may be null), with a name for {@link #uriFor(String, Map)}. */
    public App addNamedRoute(String name, String template, Object resource, String suffix) {
        addGroupRoute(null, name, template, resource, suffix);
        return this;
    }

    /** Routes GET on {@code template} to a lambda; other lambdas may add more methods on the same template. */
    public App get(String template, Responder responder) {
        return route("GET", template, responder);
    }

    /** Routes POST on {@code template} to a lambda. */
    public App post(String template, Responder responder) {
        return route("POST", template, responder);
    }

    /** Routes PUT on {@code template} to a lambda. */
    public App put(String template, Responder responder) {
        return route("PUT", template, responder);
    }

    /** Routes PATCH on {@code template} to a lambda. */
    public App patch(String template, Responder responder) {
        return route("PATCH", template, responder);
    }

    /** Routes DELETE on {@code template} to a lambda. */
    public App delete(String template, Responder responder) {
        return route("DELETE", template, responder);
    }

    /** Routes any recognized method on {@code template} to a lambda. */
    public App route(String method, String template, Responder responder) {
        checkNotFrozen("add routes");
        LambdaResource resource = lambdaResources.get(template);
        if (resource == null) {
            resource = new LambdaResource(template);
            Route route = new Route(template, resource, null, new Responder[HttpMethods.COUNT], List.of(), null);
            table.add(route, null);
            lambdaResources.put(template, resource);
            lambdaRoutes.put(template, route);
        }
        resource.put(method, responder);
        return this;
    }

    /** A group of routes under {@code prefix} with its own middleware and hooks. */
    public RouteGroup group(String prefix) {
        checkNotFrozen("add groups");
        return new RouteGroup(this, prefix, null);
    }

    void addGroupRoute(RouteGroup group, String name, String template, Object resource, String suffix) {
        checkNotFrozen("add routes");
        table.add(ResourceBinder.bind(template, resource, suffix, group), name);
        if (resource instanceof Hooks hooks) {
            hookDescriptions.putAll(hooks.descriptions());
        }
        if (group != null) {
            hookDescriptions.putAll(group.hookDescriptions());
        }
    }

    /**
     * Sends requests that match no route to {@code sink} when the start of their (decoded) path
     * matches {@code prefixRegex}; named groups become path fields. The sink added last is tried first.
     */
    public App addSink(Sink sink, String prefixRegex) {
        return addSink(sink, Pattern.compile(prefixRegex));
    }

    /** As {@link #addSink(Sink, String)} with a compiled pattern. */
    public App addSink(Sink sink, Pattern prefix) {
        checkNotFrozen("add sinks");
        table.addSink(new SinkRoute(prefix, sink));
        return this;
    }

    /** As {@link #addStaticRoute(String, Path, StaticRouteOptions)} with the default options. */
    public App addStaticRoute(String prefix, Path directory) {
        return addStaticRoute(prefix, directory, new StaticRouteOptions());
    }

    /**
     * Serves the files under {@code directory} at {@code prefix} ({@code /static} serves
     * {@code /static/css/site.css} from {@code directory/css/site.css}), as Falcon's
     * {@code add_static_route}: tried after routes and sinks, the static route added last first.
     * GET and HEAD serve a file (with ETag, Last-Modified, 304 and byte ranges), OPTIONS answers
     * {@code Allow: GET, HEAD, OPTIONS}, other methods 405. A path that tries to leave the
     * directory, or names nothing in it, is 404. Middleware runs as for any route.
     *
     * @throws IllegalArgumentException naming the problem and the fix when the prefix, the
     *     directory or the fallback file is not usable
     */
    public App addStaticRoute(String prefix, Path directory, StaticRouteOptions options) {
        checkNotFrozen("add static routes");
        table.addStatic(new StaticRoute(prefix, directory, options));
        return this;
    }

    // ---- Reverse routing -----------------------------------------------------------------------

    /**
     * Builds the path of a named route from field values, each formatted by its converter and
     * percent-encoded: {@code uriFor("thing", Map.of("id", 7))} gives {@code /things/7}.
     */
    public String uriFor(String routeName, Map<String, ?> fields) {
        return table.named(routeName).uriTemplate().expand(fields);
    }

    /** Builds the path of the route of {@code resource} with {@code suffix} (or null) from field values. */
    public String uriFor(Object resource, String suffix, Map<String, ?> fields) {
        return table.serving(resource, suffix).uriTemplate().expand(fields);
    }

    // ---- Middleware and errors -----------------------------------------------------------------

    /**
     * Adds middleware: any object implementing {@link RequestMiddleware},
     * {@link ResourceMiddleware} and/or {@link ResponseMiddleware}, bound once.
     */
    public App addMiddleware(Object... components) {
        checkNotFrozen("add middleware");
        for (Object component : components) {
            middleware.add(component);
        }
        return this;
    }

    /**
     * Whether every response middleware runs even when an earlier request middleware failed
     * (default true, as Falcon); false runs only those whose request step ran.
     */
    public App independentMiddleware(boolean independent) {
        checkNotFrozen("change middleware mode");
        this.independentMiddleware = independent;
        return this;
    }

    /** Handles exceptions of {@code type} (and subtypes without a more specific handler); replaces a previous handler of the same type. */
    public <T extends Throwable> App addErrorHandler(Class<T> type, ErrorHandler<? super T> handler) {
        checkNotFrozen("add error handlers");
        errors.add(type, handler);
        return this;
    }

    /** Replaces how HTTP errors become bodies, for example with {@link dev.peregrine.errors.ProblemJsonErrorSerializer}. */
    public App setErrorSerializer(ErrorSerializer serializer) {
        checkNotFrozen("set the error serializer");
        errors.serializer(serializer);
        customErrorSerializer = true;
        return this;
    }

    // ---- Options -------------------------------------------------------------------------------

    /** How requests are parsed. */
    public RequestOptions requestOptions() {
        return requestOptions;
    }

    /** How responses are rendered. */
    public ResponseOptions responseOptions() {
        return responseOptions;
    }

    /** The media handlers, by media type; shared by requests and responses. */
    public MediaHandlers mediaHandlers() {
        return mediaHandlers;
    }

    /** The URI template converters; register your own before adding routes that use them. */
    public Converters converters() {
        return converters;
    }

    // ---- Inspection ----------------------------------------------------------------------------

    /** A readable listing of routes with their hooks, groups, middleware in execution order, static routes, sinks and error handlers. */
    public String inspect() {
        return AppInspector.describe(this);
    }

    /** The compiled routing tree, printed. */
    public String describeRouter() {
        return table.describeRouter();
    }

    RouteTable routeTable() {
        return table;
    }

    MiddlewareChain middleware() {
        return middleware;
    }

    boolean independentMiddleware() {
        return independentMiddleware;
    }

    ErrorHandlers errorHandlers() {
        return errors;
    }

    /** How inspection names the hooks of the routes added so far: where each was declared. */
    Map<Object, String> hookDescriptions() {
        return hookDescriptions;
    }

    // ---- Freezing ------------------------------------------------------------------------------

    void checkNotFrozen(String what) {
        if (frozen) {
            throw new IllegalStateException("Cannot " + what + " after the app has served its first request;"
                    + " configure the app completely before serving it");
        }
    }

    private void freezeOnFirstRequest() {
        if (!frozen) {
            freeze();
        }
    }

    private synchronized void freeze() {
        if (frozen) {
            return;
        }
        lambdaRoutes.forEach((template, route) -> {
            Route bound = ResourceBinder.bindLambdas(template, route.resource(), lambdaResources.get(template).responders(), null);
            route.responders(bound.responders(), bound.allowed());
        });
        for (Route route : table.routes()) {
            if (route.group() != null) {
                route.group().chain();
            }
        }
        table.freeze();
        if (!customErrorSerializer) {
            errors.serializer(new DefaultErrorSerializer(mediaHandlers, responseOptions.xmlErrorSerialization()));
        }
        renderer = new ResponseRenderer(mediaHandlers, responseOptions);
        frozen = true;
    }
}
