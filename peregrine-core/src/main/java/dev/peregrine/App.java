package dev.peregrine;

import dev.peregrine.internal.pipeline.AppInspector;
import dev.peregrine.internal.pipeline.Call;
import dev.peregrine.internal.pipeline.ErrorHandlers;
import dev.peregrine.internal.pipeline.LambdaResource;
import dev.peregrine.internal.pipeline.LastResortResponse;
import dev.peregrine.internal.pipeline.MiddlewareChain;
import dev.peregrine.internal.pipeline.ResourceBinder;
import dev.peregrine.internal.pipeline.ResponseRenderer;
import dev.peregrine.internal.pipeline.Route;
import dev.peregrine.internal.pipeline.RouteTable;
import dev.peregrine.internal.pipeline.SinkRoute;
import dev.peregrine.internal.response.HeaderList;
import dev.peregrine.errors.DefaultErrorSerializer;
import dev.peregrine.errors.ErrorHandler;
import dev.peregrine.errors.ErrorSerializer;
import dev.peregrine.errors.HttpError;
import dev.peregrine.internal.HttpMethods;
import dev.peregrine.internal.staticfiles.StaticRoute;
import dev.peregrine.media.MediaHandlers;
import dev.peregrine.routing.Converters;
import dev.peregrine.spi.HttpExchange;
import dev.peregrine.spi.RenderedResponse;
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
 * chains once and taking snapshots of its options and media handlers, and further changes fail,
 * to those too. {@link #handle(HttpExchange)} is thread-safe.
 */
public final class App {

    private final RequestOptions configuredRequestOptions = new RequestOptions();
    private final ResponseOptions configuredResponseOptions = new ResponseOptions();
    private final MediaHandlers configuredMediaHandlers = MediaHandlers.defaults();
    private final Converters converters = new Converters();
    private final RouteTable table = new RouteTable(converters);
    private final MiddlewareChain middleware = new MiddlewareChain();
    private final ErrorHandlers errors =
            new ErrorHandlers(new DefaultErrorSerializer(configuredMediaHandlers, true));
    private final Map<String, LambdaResource> lambdaResources = new LinkedHashMap<>();
    private final Map<String, Route> lambdaRoutes = new LinkedHashMap<>();
    private final Map<Object, String> hookDescriptions = new IdentityHashMap<>();
    private boolean independentMiddleware = true;
    private boolean customErrorSerializer;
    // PERF: requests read options and media handlers only from these snapshots, taken when the
    // app freezes and unchangeable. Like renderer, they are plain fields published by the volatile
    // write of frozen, which every request reads anyway: no barrier or lock of their own.
    private RequestOptions requestOptions;
    private MediaHandlers mediaHandlers;
    private ResponseRenderer renderer;
    private volatile boolean frozen;

    /** An app with Falcon's defaults (see {@link RequestOptions} and {@link ResponseOptions} for the differences). */
    public App() {
    }

    // ---- The request's story -------------------------------------------------------------------

    /**
     * Handles one request: request middleware → routing → group and resource middleware →
     * responder → response middleware → rendering. Any exception along the way goes to the error
     * handlers. Always answers: should the error path itself fail (a serializer that throws, say),
     * the answer is a fixed 500. Servers send what this returns as it is.
     */
    public RenderedResponse handle(HttpExchange exchange) {
        try {
            freezeOnFirstRequest();
            Call call = new Call();
            Request req = new Request(exchange, requestOptions, mediaHandlers, call);
            Response resp = new Response(call.responseHeaders());
            Route route = null;
            boolean succeeded = false;
            try {
                middleware.processRequest(req, resp, call, false);
                if (!resp.complete()) {
                    route = table.find(req, call, requestOptions.stripUrlPathTrailingSlash());
                    runInRoute(req, resp, call, route);
                }
                succeeded = true;
            } catch (Throwable e) {
                errors.handle(req, resp, e);
            }
            Object resource = route == null ? null : route.resource();
            if (route != null && route.groupChain() != null) {
                succeeded = route.groupChain().processResponse(req, resp, resource, succeeded,
                        independentMiddleware, call.middlewareReached(true), errors);
            }
            middleware.processResponse(req, resp, resource, succeeded,
                    independentMiddleware, call.middlewareReached(false), errors);
            return render(req, resp, call);
        } catch (Throwable failure) {
            return LastResortResponse.answer(exchange, failure);
        }
    }

    /**
     * Answers a request with an error without routing it or running middleware: how servers
     * refuse input they cannot hand to the app (a request line or headers over their limits, a
     * malformed message, too many requests in flight). The error is rendered by the app's error
     * serializer, so it has the same shape as every other error; like {@link #handle}, it always answers.
     */
    public RenderedResponse renderError(HttpExchange exchange, HttpError error) {
        try {
            freezeOnFirstRequest();
            Call call = new Call();
            Request req = new Request(exchange, requestOptions, mediaHandlers, call);
            Response resp = new Response(call.responseHeaders());
            errors.renderError(req, resp, error);
            return render(req, resp, call);
        } catch (Throwable failure) {
            return LastResortResponse.answer(exchange, failure);
        }
    }

    private void runInRoute(Request req, Response resp, Call call, Route route) throws Exception {
        MiddlewareChain group = route.groupChain();
        if (group != null) {
            group.processRequest(req, resp, call, true);
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

    /**
     * Renders the response; when that fails (media no handler serializes, an invalid header line),
     * the failure is handled like any other, on a fresh response, since the first one cannot be sent.
     */
    private RenderedResponse render(Request req, Response resp, Call call) {
        try {
            return renderer.render(req, resp, call.responseHeaders());
        } catch (RuntimeException e) {
            HeaderList freshHeaders = new HeaderList();
            Response fresh = new Response(freshHeaders);
            errors.handle(req, fresh, e);
            return renderer.render(req, fresh, freshHeaders);
        }
    }

    // ---- Routes --------------------------------------------------------------------------------

    /**
     * Routes {@code template} to a resource whose responders are methods named after HTTP
     * methods: {@code onGet(Request req, Response resp)}, {@code onPost}, ... Responders are found
     * and bound here, once; wrap the resource in {@link Hooks} to attach hooks. Any other
     * non-private method named {@code on} + a capital letter must name an HTTP method, with this
     * route's suffix or another's, so a typo such as {@code onPots} fails here instead of
     * answering 405.
     *
     * @throws dev.peregrine.routing.UnacceptableRouteException when the template is malformed,
     *     conflicts with another, or is already routed, or when a method named like a responder
     *     is misspelled or not declared {@code void onX(Request req, Response resp)}; the message
     *     names the route, the method or template in the way, and the fix
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

    /**
     * How requests are parsed; change them before the app serves its first request, after which
     * their setters fail.
     */
    public RequestOptions requestOptions() {
        return configuredRequestOptions;
    }

    /**
     * How responses are rendered; change them before the app serves its first request, after
     * which their setters fail.
     */
    public ResponseOptions responseOptions() {
        return configuredResponseOptions;
    }

    /**
     * The media handlers, by media type, shared by requests and responses; register them before
     * the app serves its first request, after which registering and removing fail.
     */
    public MediaHandlers mediaHandlers() {
        return configuredMediaHandlers;
    }

    /**
     * The URI template converters; register your own before adding the routes that use them.
     * Registering fails once the app has served its first request.
     */
    public Converters converters() {
        return converters;
    }

    // ---- Inspection ----------------------------------------------------------------------------

    /** A readable listing of routes with their hooks, groups, middleware in execution order, static routes, sinks and error handlers. */
    public String inspect() {
        return AppInspector.describe(table, middleware, independentMiddleware, errors, hookDescriptions);
    }

    /** The compiled routing tree, printed. */
    public String describeRouter() {
        return table.describeRouter();
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
        converters.freeze();
        requestOptions = configuredRequestOptions.freeze();
        mediaHandlers = configuredMediaHandlers.freeze();
        ResponseOptions responseOptions = configuredResponseOptions.freeze();
        lambdaRoutes.forEach((template, route) -> {
            Route bound = ResourceBinder.bindLambdas(template, route.resource(), lambdaResources.get(template).responders(), null);
            route.responders(bound.responders(), bound.allowed());
        });
        Map<RouteGroup, MiddlewareChain> groupChains = new IdentityHashMap<>();
        for (Route route : table.routes()) {
            if (route.group() != null) {
                route.groupChain(groupChains.computeIfAbsent(route.group(), group -> MiddlewareChain.of(group.middleware())));
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
