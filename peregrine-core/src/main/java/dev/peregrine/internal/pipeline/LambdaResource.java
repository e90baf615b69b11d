package dev.peregrine.internal.pipeline;

import dev.peregrine.Responder;
import dev.peregrine.internal.HttpMethods;

/** The resource behind routes declared with lambdas ({@code app.get(template, responder)}), one per template. */
public final class LambdaResource {

    private final String template;
    private final Responder[] responders = new Responder[HttpMethods.COUNT];

    public LambdaResource(String template) {
        this.template = template;
    }

    public void put(String method, Responder responder) {
        int index = HttpMethods.indexOf(method);
        if (index < 0) {
            throw new IllegalArgumentException("Route '" + template + "': '" + method
                    + "' is not a method Peregrine recognizes; use one of " + HttpMethods.ALL);
        }
        if (responders[index] != null) {
            throw new IllegalArgumentException("Route '" + template + "' already has a " + method
                    + " responder; each method may be declared once");
        }
        responders[index] = responder;
    }

    public Responder[] responders() {
        return responders;
    }

    @Override
    public String toString() {
        return "lambda responders";
    }
}
