package dev.peregrine.internal.pipeline;

import dev.peregrine.App;
import dev.peregrine.Hooks;
import dev.peregrine.RouteGroup;
import java.util.Optional;
import java.util.Set;

/**
 * How {@link App#inspect()} names a hook or an error handler: a class by its name, a lambda or
 * method reference by where the application declared it, since its class's name
 * ({@code TourApp$$Lambda/0x...}) says nothing.
 *
 * <p>Taken once, when the callback is registered: a lambda's implementing method cannot be read
 * back from the object, but the application's frame that registers it is on the stack then.
 */
public final class CallbackDescription {

    /** Peregrine's registration methods, whose frames are skipped to find the application's. */
    private static final Set<Class<?>> REGISTRARS =
            Set.of(CallbackDescription.class, App.class, RouteGroup.class, Hooks.class, ErrorHandlers.class);

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private CallbackDescription() {
    }

    /**
     * Describes {@code callback}, which the application is registering now: its class's simple
     * name, or for a lambda {@code lambda at TourApp.create(TourApp.java:58)}.
     */
    public static String of(Object callback) {
        if (callback == null || !isLambda(callback)) {
            return withoutSite(callback);
        }
        // NOTE: startup only, once per registered lambda; never per request.
        Optional<StackWalker.StackFrame> site = WALKER.walk(frames -> frames
                .filter(frame -> !REGISTRARS.contains(frame.getDeclaringClass()))
                .findFirst());
        return site.map(frame -> "lambda at " + format(frame)).orElseGet(() -> withoutSite(callback));
    }

    /** Describes {@code callback} when where it was registered is not known: a lambda by the class that declares it. */
    public static String withoutSite(Object callback) {
        if (callback == null) {
            return "null";
        }
        if (!isLambda(callback)) {
            return callback.getClass().getSimpleName();
        }
        String name = callback.getClass().getName();
        int lambda = name.indexOf("$$Lambda");
        String declaring = lambda < 0 ? name : name.substring(0, lambda);
        return "lambda in " + declaring.substring(declaring.lastIndexOf('.') + 1);
    }

    private static boolean isLambda(Object callback) {
        Class<?> type = callback.getClass();
        return type.isHidden() || type.isSynthetic() || type.getName().contains("$$Lambda");
    }

    /** As a stack trace prints a frame, without the package, so IDEs and terminals link it to the line. */
    private static String format(StackWalker.StackFrame frame) {
        String className = frame.getClassName();
        String file = frame.getFileName() == null ? "Unknown Source" : frame.getFileName() + ":" + frame.getLineNumber();
        return className.substring(className.lastIndexOf('.') + 1) + "." + frame.getMethodName() + "(" + file + ")";
    }
}
