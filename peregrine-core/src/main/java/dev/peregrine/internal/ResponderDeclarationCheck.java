package dev.peregrine.internal;

import dev.peregrine.Request;
import dev.peregrine.Response;
import dev.peregrine.routing.UnacceptableRouteException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Refuses, when a route is added, resource methods that look like responders ({@code on} + a
 * capital letter) but cannot be one, since Falcon's convention would otherwise turn a typo into a
 * silent 405:
 * <ul>
 *   <li>a method named after no HTTP method, with any suffix ({@code onPots}); private methods
 *       are left alone, so a helper can keep such a name;</li>
 *   <li>a method named as one of this route's responders that is not
 *       {@code void name(Request, Response)} on an instance.</li>
 * </ul>
 * A method named after an HTTP method with another suffix ({@code onGetItem} on a route with
 * suffix {@code collection}) is fine: it belongs to another route of the same resource, and which
 * suffixes the other routes use is not known yet.
 */
final class ResponderDeclarationCheck {

    /** The most edits a misspelling may be from a responder name for that name to be suggested. */
    private static final int MAX_SUGGESTED_EDITS = 3;

    private ResponderDeclarationCheck() {
    }

    /**
     * Checks the responder-like methods that {@code type} declares or inherits.
     *
     * @throws UnacceptableRouteException naming the route, the method and the fix
     */
    static void check(String template, Class<?> type, String suffix) {
        for (Method method : responderLikeMethods(type)) {
            String name = method.getName();
            if (isResponderName(name, suffix)) {
                if (!hasResponderSignature(method)) {
                    throw new UnacceptableRouteException("Route '" + template + "': " + describe(method, type)
                            + " is named like a responder but is declared as '" + declaration(method)
                            + "'; declare it as 'void " + name + "(Request req, Response resp)', or rename it");
                }
            } else if (!Modifier.isPrivate(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                    && !namesAnHttpMethod(name)) {
                throw new UnacceptableRouteException("Route '" + template + "': " + describe(method, type)
                        + " is not a responder: " + closestResponderHint(name, suffix)
                        + " Responders are named on + an HTTP method (onGet, onPost, ...), optionally followed"
                        + " by the route's suffix; rename the method, or make it private if it is not one");
            }
        }
    }

    /** Every method named {@code on} + a capital letter, most derived class first, each class's by name. */
    private static List<Method> responderLikeMethods(Class<?> type) {
        List<Method> found = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            List<Method> declared = new ArrayList<>();
            for (Method method : c.getDeclaredMethods()) {
                if (!method.isBridge() && !method.isSynthetic() && ResponderBinder.looksLikeResponder(method.getName())) {
                    declared.add(method);
                }
            }
            // NOTE: getDeclaredMethods has no defined order; sorting makes the error reported for
            // a class with several mistakes the same on every run.
            declared.sort(Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
            found.addAll(declared);
        }
        return found;
    }

    private static boolean isResponderName(String name, String suffix) {
        for (String method : HttpMethods.ALL) {
            if (name.equals(HttpMethods.responderName(method, suffix))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code name} is the responder name of some HTTP method with some suffix, or none. */
    private static boolean namesAnHttpMethod(String name) {
        for (String method : HttpMethods.ALL) {
            String unsuffixed = HttpMethods.responderName(method, null);
            if (name.startsWith(unsuffixed) && (name.length() == unsuffixed.length()
                    || !Character.isLowerCase(name.charAt(unsuffixed.length())))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasResponderSignature(Method method) {
        Class<?>[] parameters = method.getParameterTypes();
        return !Modifier.isStatic(method.getModifiers()) && method.getReturnType() == void.class
                && parameters.length == 2 && parameters[0] == Request.class && parameters[1] == Response.class;
    }

    /** "did you mean onPost?" for the responder name, unsuffixed or with the route's suffix, fewest edits away. */
    private static String closestResponderHint(String name, String suffix) {
        String closest = null;
        int fewest = Integer.MAX_VALUE;
        for (String method : HttpMethods.ALL) {
            for (String candidate : candidates(method, suffix)) {
                int edits = editDistance(name, candidate);
                if (edits < fewest) {
                    fewest = edits;
                    closest = candidate;
                }
            }
        }
        if (fewest > MAX_SUGGESTED_EDITS) {
            return "'" + name.substring(2) + "' names no HTTP method.";
        }
        return "did you mean " + closest + "?";
    }

    private static List<String> candidates(String method, String suffix) {
        String unsuffixed = HttpMethods.responderName(method, null);
        return suffix == null || suffix.isEmpty() ? List.of(unsuffixed)
                : List.of(unsuffixed, HttpMethods.responderName(method, suffix));
    }

    /**
     * The optimal string alignment distance: insertions, deletions, substitutions and swaps of
     * two adjacent characters each count one, since a swap ({@code onPsot}) is the commonest typo.
     */
    private static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int substitution = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + substitution);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** {@code com.example.Things.onPots(Request, Response)}, naming the resource class too when the method is inherited. */
    private static String describe(Method method, Class<?> resourceType) {
        String described = method.getDeclaringClass().getName() + "." + method.getName() + "(" + parameterList(method) + ")";
        return method.getDeclaringClass() == resourceType ? described
                : described + ", inherited by " + resourceType.getName() + ",";
    }

    /** {@code static String onGet(Request)}: the method as its source declares it. */
    private static String declaration(Method method) {
        return (Modifier.isStatic(method.getModifiers()) ? "static " : "") + method.getReturnType().getSimpleName()
                + " " + method.getName() + "(" + parameterList(method) + ")";
    }

    private static String parameterList(Method method) {
        List<String> names = new ArrayList<>();
        for (Class<?> parameter : method.getParameterTypes()) {
            names.add(parameter.getSimpleName());
        }
        return String.join(", ", names);
    }
}
