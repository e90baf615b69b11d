package dev.peregrine.inspect;

import dev.peregrine.App;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Prints an app's routes with their hooks, middleware, sinks and error handlers, like {@code falcon-inspect-app}.
 *
 * <pre>
 * java -cp ... dev.peregrine.inspect.InspectApp com.example.MyApi#create [--router]
 * </pre>
 *
 * The argument names a public static method without parameters that returns the {@link App};
 * {@code --router} also prints the compiled routing tree.
 */
public final class InspectApp {

    private InspectApp() {
    }

    /** Runs the command; exits 2 with a usage line when the arguments are wrong. */
    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2 || (args.length == 2 && !args[1].equals("--router"))) {
            System.err.println("usage: InspectApp <class>#<static factory method> [--router]");
            System.exit(2);
        }
        App app;
        try {
            app = load(args[0]);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.out.print(app.inspect());
        if (args.length == 2) {
            System.out.println("• Routing tree:");
            System.out.print(app.describeRouter());
        }
    }

    /**
     * Calls the factory named {@code class#method}.
     *
     * @throws IllegalArgumentException naming what could not be found or called
     */
    public static App load(String reference) {
        int hash = reference.indexOf('#');
        if (hash <= 0 || hash == reference.length() - 1) {
            throw new IllegalArgumentException("'" + reference + "' must look like com.example.MyApi#create");
        }
        String className = reference.substring(0, hash);
        String methodName = reference.substring(hash + 1);
        try {
            Method factory = Class.forName(className).getMethod(methodName);
            if (!Modifier.isStatic(factory.getModifiers()) || !App.class.isAssignableFrom(factory.getReturnType())) {
                throw new IllegalArgumentException(reference + " must be a public static method returning an App");
            }
            return (App) factory.invoke(null);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("class " + className + " is not on the classpath", e);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(className + " has no public method " + methodName + "()", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("calling " + reference + " failed: " + e.getCause(), e);
        }
    }
}
