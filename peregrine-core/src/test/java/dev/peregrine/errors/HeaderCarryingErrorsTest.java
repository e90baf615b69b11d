package dev.peregrine.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 401, 405 and 416, whose status comes with a header that says what to do next. */
class HeaderCarryingErrorsTest {

    private static List<String> onlyHeader(HttpError error) {
        assertEquals(1, error.headers().size());
        return List.of(error.headers().get(0));
    }

    @Test
    void unauthorizedSendsOneChallengeAsWwwAuthenticate() {
        HttpError error = new HttpUnauthorized(List.of("Bearer realm=\"api\""));

        assertEquals(401, error.status());
        assertEquals("401 Unauthorized", error.title());
        assertEquals(List.of("WWW-Authenticate", "Bearer realm=\"api\""), onlyHeader(error));
    }

    @Test
    void unauthorizedJoinsSeveralChallengesIntoOneHeader() {
        HttpError error = new HttpUnauthorized(List.of("Bearer realm=\"api\"", "Basic realm=\"api\""));

        assertEquals(List.of("WWW-Authenticate", "Bearer realm=\"api\", Basic realm=\"api\""), onlyHeader(error));
    }

    @Test
    void unauthorizedWithoutChallengesSendsNoWwwAuthenticate() {
        assertTrue(new HttpUnauthorized(List.of(), "Login needed", null).headers().isEmpty());
    }

    @Test
    void unauthorizedKeepsTitleAndDescriptionBesideChallenges() {
        HttpError error = new HttpUnauthorized(List.of("Basic"), "Login needed", "Send a user name and password.");

        assertEquals("Login needed", error.title());
        assertEquals("Send a user name and password.", error.description());
        assertEquals(List.of("WWW-Authenticate", "Basic"), onlyHeader(error));
    }

    @Test
    void methodNotAllowedListsTheAllowedMethodsInOrder() {
        HttpError error = new HttpMethodNotAllowed(List.of("GET", "HEAD", "OPTIONS"));

        assertEquals(405, error.status());
        assertEquals("405 Method Not Allowed", error.title());
        assertEquals(List.of("Allow", "GET, HEAD, OPTIONS"), onlyHeader(error));
    }

    @Test
    void methodNotAllowedWithNoMethodsSendsAnEmptyAllow() {
        assertEquals(List.of("Allow", ""), onlyHeader(new HttpMethodNotAllowed(List.of())));
    }

    @Test
    void methodNotAllowedKeepsTitleAndDescription() {
        HttpError error = new HttpMethodNotAllowed(List.of("GET"), "Read only", "This resource cannot be changed.");

        assertEquals("Read only", error.title());
        assertEquals("This resource cannot be changed.", error.description());
    }

    @Test
    void rangeNotSatisfiableGivesTheResourceLengthInContentRange() {
        HttpError error = new HttpRangeNotSatisfiable(1234);

        assertEquals(416, error.status());
        assertEquals("416 Range Not Satisfiable", error.title());
        assertEquals(List.of("Content-Range", "bytes */1234"), onlyHeader(error));
    }

    @Test
    void rangeNotSatisfiableAcceptsLengthsBeyondIntRange() {
        HttpError error = new HttpRangeNotSatisfiable(5_000_000_000L, "Bad range", "Ask for less.");

        assertEquals(List.of("Content-Range", "bytes */5000000000"), onlyHeader(error));
        assertEquals("Bad range", error.title());
        assertEquals("Ask for less.", error.description());
    }

    @Test
    void rangeNotSatisfiableRejectsANegativeLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new HttpRangeNotSatisfiable(-1));

        assertEquals("A resource length cannot be negative, got -1", e.getMessage());
    }
}
