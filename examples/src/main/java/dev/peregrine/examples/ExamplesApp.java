package dev.peregrine.examples;

import dev.peregrine.App;
import dev.peregrine.Hooks;
import dev.peregrine.errors.HttpError;
import dev.peregrine.examples.quote.QuoteResource;
import dev.peregrine.examples.things.AuthHook;
import dev.peregrine.examples.things.InMemoryStorage;
import dev.peregrine.examples.things.MaxBodyHook;
import dev.peregrine.examples.things.RequireJsonHook;
import dev.peregrine.examples.things.StorageEngine;
import dev.peregrine.examples.things.StorageException;
import dev.peregrine.examples.things.ThingsResource;
import dev.peregrine.examples.things.TokenValidator;

/**
 * Both examples of Falcon's introduction in one app: the Kant quote at {@code /things} (no auth)
 * and a user's things at {@code /{userId}/things} (auth, JSON, storage errors).
 */
public final class ExamplesApp {

    /** The token the demo accepts for every user. */
    public static final String DEMO_TOKEN = "demo-token";

    private ExamplesApp() {
    }

    /** The app with in-memory storage, accepting {@link #DEMO_TOKEN}. */
    public static App create() {
        return create(new InMemoryStorage(), (token, userId) -> DEMO_TOKEN.equals(token));
    }

    /** The app with its storage and token check supplied. */
    public static App create(StorageEngine storage, TokenValidator tokens) {
        App app = new App();
        app.addRoute("/things", new QuoteResource());
        app.addRoute("/{userId}/things", Hooks.around(new ThingsResource(storage))
                .before(new AuthHook(tokens))
                .before("onGet", new RequireJsonHook())
                .before("onPost", new MaxBodyHook(64 * 1024)));
        app.addErrorHandler(StorageException.class, (req, resp, e, fields) -> {
            throw new HttpError(500, "Database Error",
                    "Sorry, couldn't write your thing to the database. It worked on my box.");
        });
        return app;
    }
}
