package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.peregrine.routing.UnacceptableRouteException;
import dev.peregrine.testing.TestClient;
import org.junit.jupiter.api.Test;

/** Methods named like responders that cannot be one fail at addRoute instead of answering 405. */
class ResponderNamingTest {

    private static final String CONVENTION = " Responders are named on + an HTTP method (onGet, onPost, ...),"
            + " optionally followed by the route's suffix; rename the method, or make it private if it is not one";

    static class Misspelled {
        public void onGet(Request req, Response resp) {
            resp.text("thing");
        }

        public void onPots(Request req, Response resp) {
            resp.status(201);
        }
    }

    static class MisspelledSuffixed {
        void onGetCollection(Request req, Response resp) {
            resp.text("things");
        }

        void onPsotCollection(Request req, Response resp) {
            resp.status(201);
        }
    }

    static class OnlyMisspelled {
        void onGte(Request req, Response resp) {
            resp.text("thing");
        }
    }

    static class FarFromEveryResponder {
        public void onGet(Request req, Response resp) {
            resp.text("thing");
        }

        void onStartup() {
        }
    }

    static class MisspelledBase {
        public void onDelte(Request req, Response resp) {
            resp.status(204);
        }
    }

    static class InheritsMisspelled extends MisspelledBase {
        public void onGet(Request req, Response resp) {
            resp.text("thing");
        }
    }

    static class PrivateHelper {
        public void onGet(Request req, Response resp) {
            onStartup();
            resp.text("thing");
        }

        private void onStartup() {
        }
    }

    static class TwoSuffixes {
        void onGetCollection(Request req, Response resp) {
            resp.text("things");
        }

        void onGetItem(Request req, Response resp) {
            resp.text("thing " + req.pathField("id"));
        }

        void onDeleteItem(Request req, Response resp) {
            resp.status(204);
        }
    }

    static class OneParameter {
        public void onGet(Request req) {
        }
    }

    static class OverloadedResponder {
        public void onGet(Request req, Response resp) {
            resp.text("thing");
        }

        public void onGet(Request req) {
        }
    }

    static class ReturnsAValue {
        public String onGet(Request req, Response resp) {
            return "thing";
        }
    }

    static class StaticResponder {
        public static void onGet(Request req, Response resp) {
            resp.text("thing");
        }
    }

    private static String addRouteFailure(String template, Object resource, String suffix) {
        return assertThrows(UnacceptableRouteException.class, () -> new App().addRoute(template, resource, suffix))
                .getMessage();
    }

    @Test
    void misspelledResponderFailsAtAddRouteSuggestingTheClosestName() {
        assertEquals("Route '/things': dev.peregrine.ResponderNamingTest$Misspelled.onPots(Request, Response) is not a"
                + " responder: did you mean onPost? Responders are named on + an HTTP method (onGet, onPost, ...),"
                + " optionally followed by the route's suffix; rename the method, or make it private if it is not one",
                addRouteFailure("/things", new Misspelled(), null));
    }

    @Test
    void misspelledSuffixedResponderSuggestsTheNameWithTheRoutesSuffix() {
        assertEquals("Route '/things': " + MisspelledSuffixed.class.getName() + ".onPsotCollection(Request, Response)"
                + " is not a responder: did you mean onPostCollection?" + CONVENTION,
                addRouteFailure("/things", new MisspelledSuffixed(), "collection"));
    }

    @Test
    void misspelledOnlyResponderIsReportedAsATypoNotAsAMissingResponder() {
        assertEquals("Route '/things': " + OnlyMisspelled.class.getName() + ".onGte(Request, Response) is not a responder:"
                + " did you mean onGet?" + CONVENTION, addRouteFailure("/things", new OnlyMisspelled(), null));
    }

    @Test
    void nameFarFromEveryResponderFailsWithoutASuggestion() {
        assertEquals("Route '/things': " + FarFromEveryResponder.class.getName() + ".onStartup() is not a responder:"
                + " 'Startup' names no HTTP method." + CONVENTION, addRouteFailure("/things", new FarFromEveryResponder(), null));
    }

    @Test
    void inheritedMisspelledResponderNamesTheClassDeclaringIt() {
        assertEquals("Route '/things': " + MisspelledBase.class.getName() + ".onDelte(Request, Response), inherited by "
                + InheritsMisspelled.class.getName() + ", is not a responder: did you mean onDelete?" + CONVENTION,
                addRouteFailure("/things", new InheritsMisspelled(), null));
    }

    @Test
    void privateMethodNamedLikeAResponderIsLeftAlone() {
        App app = new App().addRoute("/things", new PrivateHelper());
        assertEquals("thing", new TestClient(app).simulateGet("/things").text());
    }

    @Test
    void responderForAnotherSuffixBelongsToAnotherRoute() {
        TwoSuffixes resource = new TwoSuffixes();
        App app = new App().addRoute("/things", resource, "collection").addRoute("/things/{id}", resource, "item");
        TestClient client = new TestClient(app);
        assertEquals("GET, HEAD, OPTIONS", client.simulateDelete("/things").header("Allow"));
        assertEquals(204, client.simulateDelete("/things/7").status());
    }

    @Test
    void responderWithTooFewParametersFailsShowingBothDeclarations() {
        assertEquals("Route '/things': " + OneParameter.class.getName() + ".onGet(Request) is named like a responder but is"
                + " declared as 'void onGet(Request)'; declare it as 'void onGet(Request req, Response resp)', or rename it",
                addRouteFailure("/things", new OneParameter(), null));
    }

    @Test
    void overloadOfAResponderFailsWhicheverOrderReflectionListsThemIn() {
        assertEquals("Route '/things': " + OverloadedResponder.class.getName() + ".onGet(Request) is named like a"
                + " responder but is declared as 'void onGet(Request)'; declare it as 'void onGet(Request req,"
                + " Response resp)', or rename it", addRouteFailure("/things", new OverloadedResponder(), null));
    }

    @Test
    void responderReturningAValueFails() {
        assertEquals("Route '/things': " + ReturnsAValue.class.getName() + ".onGet(Request, Response) is named like a"
                + " responder but is declared as 'String onGet(Request, Response)'; declare it as 'void onGet(Request req,"
                + " Response resp)', or rename it", addRouteFailure("/things", new ReturnsAValue(), null));
    }

    @Test
    void staticResponderFails() {
        assertEquals("Route '/things': " + StaticResponder.class.getName() + ".onGet(Request, Response) is named like a"
                + " responder but is declared as 'static void onGet(Request, Response)'; declare it as 'void onGet(Request"
                + " req, Response resp)', or rename it", addRouteFailure("/things", new StaticResponder(), null));
    }
}
