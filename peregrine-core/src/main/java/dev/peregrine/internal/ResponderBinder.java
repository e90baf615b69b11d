package dev.peregrine.internal;

import dev.peregrine.Request;
import dev.peregrine.Responder;
import dev.peregrine.Response;
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
     * Binds every responder of {@code resource} for {@code suffix} (or none), by method index.
     *
     * @return responders indexed as {@link HttpMethods}, {@code null} where the resource has none
     * @throws IllegalArgumentException when a method named like a responder has the wrong signature
     */
    public static Responder[] bind(Object resource, String suffix) {
        Map<String, Method> candidates = responderCandidates(resource.getClass());
        Responder[] responders = new Responder[HttpMethods.COUNT];
        for (int i = 0; i < HttpMethods.COUNT; i++) {
            String name = HttpMethods.responderName(HttpMethods.ALL.get(i), suffix);
            Method method = candidates.get(name);
            if (method != null) {
                responders[i] = bindOne(resource, method);
            }
        }
        return responders;
    }

    /** The names of the methods that look like responders ({@code on} + capital letter). */
    public static Map<String, Method> responderCandidates(Class<?> type) {
        Map<String, Method> found = new HashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                String name = method.getName();
                if (Modifier.isStatic(method.getModifiers()) || method.isBridge() || method.isSynthetic()
                        || name.length() < 3 || !name.startsWith("on") || !Character.isUpperCase(name.charAt(2))) {
                    continue;
                }
                found.putIfAbsent(name, method);
            }
        }
        return found;
    }

    private static Responder bindOne(Object resource, Method method) {
        Class<?>[] parameters = method.getParameterTypes();
        if (parameters.length != 2 || parameters[0] != Request.class || parameters[1] != Response.class
                || method.getReturnType() != void.class) {
            throw new IllegalArgumentException("Responder " + method.getDeclaringClass().getName() + "."
                    + method.getName() + " must be declared as 'void " + method.getName()
                    + "(Request req, Response resp)'");
        }
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
            return bindWithMethodHandle(resource, method);
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

    private static Responder bindWithMethodHandle(Object resource, Method method) {
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
            throw new IllegalArgumentException("Cannot call responder " + method.getDeclaringClass().getName()
                    + "." + method.getName() + ": " + e.getMessage()
                    + "; make the method or its class accessible to Peregrine", e);
        }
    }
}
