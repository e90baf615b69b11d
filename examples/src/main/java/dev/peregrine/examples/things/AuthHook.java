package dev.peregrine.examples.things;

import dev.peregrine.BeforeHook;
import dev.peregrine.PathFields;
import dev.peregrine.Request;
import dev.peregrine.Response;
import dev.peregrine.errors.HttpUnauthorized;
import java.util.List;

/** Requires a valid {@code X-Auth-Token} for the user in the path; 401 with a link to the docs otherwise. */
public final class AuthHook implements BeforeHook {

    private static final String DOCS = "http://docs.example.com/auth";
    private static final List<String> CHALLENGES = List.of("Token type=\"Fernet\"");

    private final TokenValidator validator;

    /** A hook that checks tokens with {@code validator}. */
    public AuthHook(TokenValidator validator) {
        this.validator = validator;
    }

    @Override
    public void before(Request req, Response resp, Object resource, PathFields fields) {
        String token = req.header("X-Auth-Token");
        if (token == null) {
            throw new HttpUnauthorized(CHALLENGES, "Auth token required", "Please provide an auth token as part of the request.")
                    .href(DOCS);
        }
        if (!validator.isValid(token, fields.get("userId"))) {
            throw new HttpUnauthorized(CHALLENGES, "Authentication required",
                    "The provided auth token is not valid. Please request a new token and try again.")
                    .href(DOCS);
        }
    }
}
