package dev.peregrine.internal.pipeline;

import dev.peregrine.Responder;
import dev.peregrine.RouteGroup;
import dev.peregrine.internal.HttpMethods;
import dev.peregrine.internal.routing.UriTemplate;
import java.util.List;

/**
 * What a request was routed to: a resource's responders by method (defaults filled in), the
 * template, and the middleware of the group it belongs to. Built once per route at startup.
 */
public final class Route {

    private final String template;
    private final Object resource;
    private final String suffix;
    private final RouteGroup group;
    private final Responder unknownMethod;
    private Responder[] responders;
    private List<String> allowed;
    private String name;
    private UriTemplate uriTemplate;
    private MiddlewareChain groupChain;

    public Route(String template, Object resource, String suffix, Responder[] responders, List<String> allowed, RouteGroup group) {
        this.template = template;
        this.resource = resource;
        this.suffix = suffix;
        this.responders = responders;
        this.unknownMethod = DefaultResponders.NOT_IMPLEMENTED;
        this.allowed = allowed;
        this.group = group;
    }

    /** The responder for a method index from {@link HttpMethods#indexOf}; -1 gets the 501 responder. */
    public Responder responder(int methodIndex) {
        return methodIndex < 0 ? unknownMethod : responders[methodIndex];
    }

    public String template() {
        return template;
    }

    public Object resource() {
        return resource;
    }

    public String suffix() {
        return suffix;
    }

    /** The methods this route answers, in the order its {@code Allow} header lists them; none for sinks and default routes. */
    public List<String> allowed() {
        return allowed;
    }

    public RouteGroup group() {
        return group;
    }

    /** The route's group's middleware, bound when the app freezes; {@code null} outside a group. */
    public MiddlewareChain groupChain() {
        return groupChain;
    }

    /** Binds the group's middleware, once, when the app freezes. */
    public void groupChain(MiddlewareChain chain) {
        this.groupChain = chain;
    }

    /** Replaces the responders; lambda routes get theirs when the app freezes. */
    public void responders(Responder[] responders, List<String> allowed) {
        this.responders = responders;
        this.allowed = allowed;
    }

    public Responder[] responders() {
        return responders;
    }

    public String name() {
        return name;
    }

    public void name(String name) {
        this.name = name;
    }

    public UriTemplate uriTemplate() {
        return uriTemplate;
    }

    public void uriTemplate(UriTemplate uriTemplate) {
        this.uriTemplate = uriTemplate;
    }

    @Override
    public String toString() {
        return resource == null ? "(default)" : resource.getClass().getName() + (suffix == null ? "" : " (suffix '" + suffix + "')");
    }
}
