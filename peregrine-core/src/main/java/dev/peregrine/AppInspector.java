package dev.peregrine;

import dev.peregrine.internal.HttpMethods;
import dev.peregrine.internal.ResponderBinder;
import dev.peregrine.internal.staticfiles.StaticRoute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Prints an app the way {@code falcon-inspect-app} does: routes, groups, middleware, static routes, sinks, error handlers. */
final class AppInspector {

    private AppInspector() {
    }

    static String describe(App app) {
        StringBuilder out = new StringBuilder("Peregrine App\n");
        out.append("• Routes:\n");
        for (Route route : app.routeTable().routes()) {
            out.append("    ⇒ ").append(route.template()).append(" - ").append(resourceName(route.resource()));
            if (route.group() != null) {
                out.append(" [group ").append(route.group().prefix()).append(']');
            }
            if (route.name() != null) {
                out.append(" (name '").append(route.name()).append("')");
            }
            out.append(":\n");
            List<String> lines = responderLines(route);
            for (int i = 0; i < lines.size(); i++) {
                out.append(i == lines.size() - 1 ? "       └── " : "       ├── ").append(lines.get(i)).append('\n');
            }
        }
        appendMiddleware(out, app);
        if (!app.routeTable().staticRoutes().isEmpty()) {
            out.append("• Static routes:\n");
            for (StaticRoute route : app.routeTable().staticRoutes()) {
                out.append("    ↦ ").append(route.prefix()).append(' ').append(route.directory());
                if (route.fallbackFile() != null) {
                    out.append(" [").append(route.fallbackFile()).append(']');
                }
                out.append('\n');
            }
        }
        if (!app.routeTable().sinks().isEmpty()) {
            out.append("• Sinks:\n");
            for (SinkRoute sink : app.routeTable().sinks()) {
                out.append("    ⇥ ").append(sink.prefix().pattern()).append(' ').append(resourceName(sink.sink())).append('\n');
            }
        }
        out.append("• Error handlers:\n");
        for (Map.Entry<Class<?>, ?> entry : app.errorHandlers().registered().entrySet()) {
            out.append("    ⇜ ").append(entry.getKey().getSimpleName()).append(' ')
                    .append(resourceName(entry.getValue())).append('\n');
        }
        return out.toString();
    }

    private static List<String> responderLines(Route route) {
        List<String> lines = new ArrayList<>();
        Object resource = route.resource();
        if (resource instanceof LambdaResource lambdas) {
            Responder[] responders = lambdas.responders();
            for (int i = 0; i < responders.length; i++) {
                if (responders[i] != null) {
                    lines.add(HttpMethods.ALL.get(i) + " - lambda");
                }
            }
            return lines;
        }
        Set<String> declared = ResponderBinder.responderCandidates(resource.getClass()).keySet();
        for (String method : HttpMethods.ALL) {
            String name = HttpMethods.responderName(method, route.suffix());
            if (declared.contains(name)) {
                lines.add(method + " - " + name);
            }
        }
        return lines;
    }

    private static void appendMiddleware(StringBuilder out, App app) {
        List<Object> components = app.middleware().components();
        if (components.isEmpty()) {
            return;
        }
        out.append("• Middleware (").append(app.independentMiddleware() ? "Middleware are independent" : "Middleware are dependent")
                .append("):\n");
        String indent = "    ";
        for (Object component : components) {
            if (component instanceof RequestMiddleware) {
                out.append(indent).append("→ ").append(resourceName(component)).append(".processRequest\n");
            }
        }
        for (Object component : components) {
            if (component instanceof ResourceMiddleware) {
                out.append(indent).append("  ↣ ").append(resourceName(component)).append(".processResource\n");
            }
        }
        out.append(indent).append("      ├── Process route responder\n");
        for (int i = components.size() - 1; i >= 0; i--) {
            Object component = components.get(i);
            if (component instanceof ResponseMiddleware) {
                out.append(indent).append("↢ ").append(resourceName(component)).append(".processResponse\n");
            }
        }
    }

    private static String resourceName(Object object) {
        Class<?> type = object.getClass();
        if (type.isSynthetic() || type.isHidden() || type.getSimpleName().contains("$$Lambda")) {
            return "<lambda>";
        }
        return object instanceof LambdaResource || object instanceof SinkRoute ? object.toString() : type.getSimpleName();
    }
}
