package dev.peregrine.internal.pipeline;

import dev.peregrine.AfterHook;
import dev.peregrine.App;
import dev.peregrine.BeforeHook;
import dev.peregrine.RequestMiddleware;
import dev.peregrine.ResourceMiddleware;
import dev.peregrine.Responder;
import dev.peregrine.ResponseMiddleware;
import dev.peregrine.internal.HttpMethods;
import dev.peregrine.internal.ResponderBinder;
import dev.peregrine.internal.staticfiles.StaticRoute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints an app the way {@code falcon-inspect-app} does: routes with each responder's hooks,
 * groups, middleware, static routes, sinks, and error handlers with where each was declared.
 */
public final class AppInspector {

    private AppInspector() {
    }

    public static String describe(RouteTable table, MiddlewareChain middleware, boolean independentMiddleware,
            ErrorHandlers errors, Map<Object, String> hookDescriptions) {
        StringBuilder out = new StringBuilder("Peregrine App\n");
        out.append("• Routes:\n");
        for (Route route : table.routes()) {
            out.append("    ⇒ ").append(route.template()).append(" - ").append(resourceName(route.resource()));
            if (route.group() != null) {
                out.append(" [group ").append(route.group().prefix()).append(']');
            }
            if (route.name() != null) {
                out.append(" (name '").append(route.name()).append("')");
            }
            out.append(":\n");
            List<ResponderLine> lines = responderLines(route, hookDescriptions);
            for (int i = 0; i < lines.size(); i++) {
                boolean last = i == lines.size() - 1;
                out.append(last ? "       └── " : "       ├── ").append(lines.get(i).text()).append('\n');
                List<String> hooks = lines.get(i).hooks();
                for (int j = 0; j < hooks.size(); j++) {
                    out.append(last ? "           " : "       │   ").append(j == hooks.size() - 1 ? "└── " : "├── ")
                            .append(hooks.get(j)).append('\n');
                }
            }
        }
        appendMiddleware(out, middleware, independentMiddleware);
        if (!table.staticRoutes().isEmpty()) {
            out.append("• Static routes:\n");
            for (StaticRoute route : table.staticRoutes()) {
                out.append("    ↦ ").append(route.prefix()).append(' ').append(route.directory());
                if (route.fallbackFile() != null) {
                    out.append(" [").append(route.fallbackFile()).append(']');
                }
                out.append('\n');
            }
        }
        if (!table.sinks().isEmpty()) {
            out.append("• Sinks:\n");
            for (SinkRoute sink : table.sinks()) {
                out.append("    ⇥ ").append(sink.prefix().pattern()).append(' ').append(resourceName(sink.sink())).append('\n');
            }
        }
        out.append("• Error handlers:\n");
        for (Map.Entry<Class<?>, String> entry : errors.registered().entrySet()) {
            out.append("    ⇜ ").append(entry.getKey().getSimpleName()).append(" - ").append(entry.getValue()).append('\n');
        }
        return out.toString();
    }

    /** A responder's line, and a line for each of its hooks in the order they run. */
    private record ResponderLine(String text, List<String> hooks) {
    }

    private static List<ResponderLine> responderLines(Route route, Map<Object, String> hookDescriptions) {
        List<ResponderLine> lines = new ArrayList<>();
        Object resource = route.resource();
        if (resource instanceof LambdaResource lambdas) {
            Responder[] responders = lambdas.responders();
            for (int i = 0; i < responders.length; i++) {
                if (responders[i] != null) {
                    lines.add(new ResponderLine(HttpMethods.ALL.get(i) + " - lambda", List.of()));
                }
            }
            return lines;
        }
        Set<String> declared = ResponderBinder.responderCandidates(resource.getClass()).keySet();
        for (String method : HttpMethods.ALL) {
            String name = HttpMethods.responderName(method, route.suffix());
            if (declared.contains(name)) {
                Responder responder = route.responder(HttpMethods.indexOf(method));
                lines.add(new ResponderLine(method + " - " + name, hookLines(responder, hookDescriptions)));
            }
        }
        return lines;
    }

    private static List<String> hookLines(Responder responder, Map<Object, String> descriptions) {
        if (!(responder instanceof HookedResponder hooked)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (BeforeHook hook : hooked.beforeHooks()) {
            lines.add("before " + descriptions.getOrDefault(hook, CallbackDescription.withoutSite(hook)));
        }
        for (AfterHook hook : hooked.afterHooks()) {
            lines.add("after " + descriptions.getOrDefault(hook, CallbackDescription.withoutSite(hook)));
        }
        return lines;
    }

    private static void appendMiddleware(StringBuilder out, MiddlewareChain middleware, boolean independentMiddleware) {
        List<Object> components = middleware.components();
        if (components.isEmpty()) {
            return;
        }
        out.append("• Middleware (").append(independentMiddleware ? "Middleware are independent" : "Middleware are dependent")
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
