package dev.peregrine.internal.pipeline;

import dev.peregrine.App;
import dev.peregrine.HttpStatus;
import dev.peregrine.Request;
import dev.peregrine.Response;
import dev.peregrine.SetCookie;
import dev.peregrine.errors.ErrorHandler;
import dev.peregrine.errors.ErrorSerializer;
import dev.peregrine.errors.HttpError;
import dev.peregrine.errors.HttpInternalServerError;
import dev.peregrine.spi.ClientDisconnectedException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's error handlers. The handler of the most specific registered supertype of an exception
 * wins; registering a type again replaces its handler. Three defaults are always there:
 * {@link HttpError} (rendered by the error serializer), {@link HttpStatus}, and any other
 * {@link Throwable} (logged with its stack trace, answered with a generic 500: the client never
 * sees the trace; a {@link ClientDisconnectedException} is logged in one line at DEBUG instead).
 */
public final class ErrorHandlers {

    private static final Logger LOG = LoggerFactory.getLogger("dev.peregrine.App");

    private final Map<Class<?>, ErrorHandler<Throwable>> handlers = new LinkedHashMap<>();
    private final Map<Class<?>, ErrorHandler<Throwable>> resolved = new ConcurrentHashMap<>();
    private final Map<Class<?>, String> descriptions = new HashMap<>();
    private ErrorSerializer serializer;

    public ErrorHandlers(ErrorSerializer serializer) {
        this.serializer = serializer;
        put(Throwable.class, (req, resp, e, fields) -> internalError(req, resp, e),
                "default: logs it with its stack trace, answers 500");
        put(HttpError.class, (req, resp, e, fields) -> renderError(req, resp, e),
                "default: renders it with the error serializer");
        put(HttpStatus.class, (req, resp, e, fields) -> renderStatus(resp, e),
                "default: answers its status, headers and text");
    }

    /** Registers the application's {@code handler} for {@code type}, described by where it is declared. */
    public <T extends Throwable> void add(Class<T> type, ErrorHandler<? super T> handler) {
        put(type, handler, CallbackDescription.of(handler));
    }

    @SuppressWarnings("unchecked")
    private <T extends Throwable> void put(Class<T> type, ErrorHandler<? super T> handler, String description) {
        handlers.put(type, (ErrorHandler<Throwable>) handler);
        descriptions.put(type, description);
        resolved.clear();
    }

    public void serializer(ErrorSerializer serializer) {
        this.serializer = serializer;
    }

    /** The registered types, in registration order, each with a description of its handler for {@link App#inspect()}. */
    public Map<Class<?>, String> registered() {
        Map<Class<?>, String> registered = new LinkedHashMap<>();
        handlers.keySet().forEach(type -> registered.put(type, descriptions.get(type)));
        return Collections.unmodifiableMap(registered);
    }

    /** Handles {@code error}: clears the body, runs the chosen handler, and renders what it throws. */
    public void handle(Request req, Response resp, Throwable error) {
        resp.clearBody();
        try {
            find(error.getClass()).handle(req, resp, error, req.pathFields());
        } catch (HttpError e) {
            resp.clearBody();
            renderError(req, resp, e);
        } catch (HttpStatus e) {
            resp.clearBody();
            renderStatus(resp, e);
        } catch (Throwable e) {
            resp.clearBody();
            internalError(req, resp, e);
        }
    }

    private ErrorHandler<Throwable> find(Class<?> type) {
        ErrorHandler<Throwable> handler = resolved.get(type);
        if (handler == null) {
            for (Class<?> c = type; handler == null; c = c.getSuperclass()) {
                handler = handlers.get(c);
            }
            resolved.put(type, handler);
        }
        return handler;
    }

    public void renderError(Request req, Response resp, HttpError error) {
        resp.status(error.status());
        copyHeaders(error.headers(), resp);
        serializer.serialize(req, resp, error);
    }

    private static void renderStatus(Response resp, HttpStatus status) {
        resp.status(status.status());
        copyHeaders(status.headers(), resp);
        if (status.text() != null) {
            resp.text(status.text());
        }
    }

    /**
     * Puts an error's (or status's) headers on the response: the first value of a name replaces
     * what the response had, further values of the same name are appended to it, comma-joined as
     * {@link Response#appendHeader} does (two {@code WWW-Authenticate} challenges, two
     * {@code Link}s), and {@code Set-Cookie} lines become cookies, like those set with
     * {@link Response#setCookie}.
     */
    private static void copyHeaders(List<String[]> headers, Response resp) {
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.get(i)[0];
            String value = headers.get(i)[1];
            if ("Set-Cookie".equalsIgnoreCase(name)) {
                resp.setCookie(SetCookie.parse(value));
            } else if (seenBefore(headers, i, name)) {
                resp.appendHeader(name, value);
            } else {
                resp.setHeader(name, value);
            }
        }
    }

    private static boolean seenBefore(List<String[]> headers, int index, String name) {
        for (int i = 0; i < index; i++) {
            if (headers.get(i)[0].equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private void internalError(Request req, Response resp, Throwable error) {
        ClientDisconnectedException gone = clientGone(error);
        if (gone != null) {
            // NOTE: a client that goes away mid-body is common and nobody receives the answer:
            // one quiet line, not an error with a stack trace per vanished client.
            LOG.debug("{} {} => not answered: {}", req.method(), req.relativeUri(), gone.getMessage());
        } else {
            LOG.error("{} {} => unhandled {}", req.method(), req.relativeUri(), error.getClass().getName(), error);
        }
        renderError(req, resp, new HttpInternalServerError());
    }

    /** The client's disconnection behind {@code error} (itself or a cause), or {@code null}. */
    private static ClientDisconnectedException clientGone(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof ClientDisconnectedException gone) {
                return gone;
            }
        }
        return null;
    }
}
