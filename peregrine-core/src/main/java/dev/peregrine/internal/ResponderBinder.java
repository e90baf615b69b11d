package dev.peregrine.internal;

import dev.peregrine.Request;
import dev.peregrine.Responder;
import dev.peregrine.Response;
import dev.peregrine.routing.UnacceptableRouteException;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds a resource's responder methods ({@code onGet(Request, Response)}, ...) once, when its
 * route is added, and binds each to a {@link Responder} that calls it directly.
 *
 * <p>Methods may be public or not, declared on the class or inherited, in any package, nested
 * classes included, from any class loader. Reflection happens here, at startup, and never per
 * request.
 */
public final class ResponderBinder {

    private static final MethodType RESPONDER_SIGNATURE =
            MethodType.methodType(void.class, Request.class, Response.class);

    private ResponderBinder() {
    }

    /**
     * Binds every responder of {@code resource} for {@code suffix} (or none), by method index,
     * after {@linkplain ResponderDeclarationCheck checking} the methods that look like responders.
     *
     * @param template the route's template, for error messages
     * @return responders indexed as {@link HttpMethods}, {@code null} where the resource has none
     * @throws UnacceptableRouteException when a method named like a responder is misspelled or
     *     has the wrong signature, or cannot be called
     */
    public static Responder[] bind(String template, Object resource, String suffix) {
        ResponderDeclarationCheck.check(template, resource.getClass(), suffix);
        Map<String, Method> candidates = responderCandidates(resource.getClass());
        Responder[] responders = new Responder[HttpMethods.COUNT];
        for (int i = 0; i < HttpMethods.COUNT; i++) {
            String name = HttpMethods.responderName(HttpMethods.ALL.get(i), suffix);
            Method method = candidates.get(name);
            if (method != null) {
                responders[i] = bindOne(template, resource, method);
            }
        }
        return responders;
    }

    /** The names of the methods that look like responders ({@code on} + capital letter). */
    public static Map<String, Method> responderCandidates(Class<?> type) {
        Map<String, Method> found = new HashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (!Modifier.isStatic(method.getModifiers()) && !method.isBridge() && !method.isSynthetic()
                        && looksLikeResponder(method.getName())) {
                    found.putIfAbsent(method.getName(), method);
                }
            }
        }
        return found;
    }

    /** Whether a method name has the shape of a responder's: {@code on} + a capital letter. */
    static boolean looksLikeResponder(String name) {
        return name.length() > 2 && name.startsWith("on") && Character.isUpperCase(name.charAt(2));
    }

    private static Responder bindOne(String template, Object resource, Method method) {
        Class<?> owner = method.getDeclaringClass();
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
            MethodHandle target = lookup.unreflect(method);
            return bindWithLambdaMetafactory(lookup, target, resource, owner);
        } catch (ReflectiveOperationException | LambdaConversionException | IllegalArgumentException | LinkageError e) {
            // NOTE: a class defined by another class loader (a single-file program, a plugin
            // loader) belongs to that loader's unnamed module, so privateLookupIn gives a lookup
            // without full privilege, which the metafactory refuses ("Invalid caller"). A method
            // handle still calls the method.
            return bindWithMethodHandle(template, resource, method);
        }
    }

    private static Responder bindWithLambdaMetafactory(
            MethodHandles.Lookup lookup, MethodHandle target, Object resource, Class<?> owner)
            throws ReflectiveOperationException, LambdaConversionException {
        try {
            // PERF: a generated Responder calls the method as directly as hand-written code would,
            // so the JIT can inline the responder into the pipeline.
            CallSite site = LambdaMetafactory.metafactory(lookup, "handle",
                    MethodType.methodType(Responder.class, owner), RESPONDER_SIGNATURE,
                    target, RESPONDER_SIGNATURE);
            return (Responder) site.getTarget().invoke(resource);
        } catch (ReflectiveOperationException | LambdaConversionException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Responder bindWithMethodHandle(String template, Object resource, Method method) {
        try {
            method.setAccessible(true);
            MethodHandle bound = MethodHandles.lookup().unreflect(method).bindTo(resource)
                    .asType(RESPONDER_SIGNATURE);
            return (req, resp) -> {
                try {
                    bound.invokeExact(req, resp);
                } catch (Exception | Error e) {
                    throw e;
                } catch (Throwable other) {
                    throw new IllegalStateException(other);
                }
            };
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new UnacceptableRouteException("Route '" + template + "': cannot call responder " + method.getDeclaringClass().getName()
                    + "." + method.getName() + ": " + e.getMessage()
                    + "; make the method or its class accessible to Peregrine", e);
        }
    }
}
