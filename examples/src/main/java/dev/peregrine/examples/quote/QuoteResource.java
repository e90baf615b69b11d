package dev.peregrine.examples.quote;

import dev.peregrine.Request;
import dev.peregrine.Response;

/** Falcon's first example: GET /things answers with a quote from Kant, as plain text. */
public final class QuoteResource {

    /** The quote, exactly as Falcon's introduction serves it. */
    public static final String QUOTE = "\nTwo things awe me most, the starry sky above me and the moral law within me.\n"
            + "\n"
            + "    ~ Immanuel Kant\n\n";

    /** Answers with the quote. */
    public void onGet(Request req, Response resp) {
        resp.status(200);
        resp.contentType("text/plain; charset=utf-8");
        resp.text(QUOTE);
    }
}
