package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.errors.HttpError;
import dev.peregrine.errors.HttpForbidden;
import dev.peregrine.redirects.HttpFound;
import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The headers an error or a status carries reach the client as sent: every line, cookies as cookies. */
class ErrorHeadersTest {

    @Test
    void twoLinksOnAnErrorAreBothSent() {
        App app = new App();
        app.get("/gone", (req, resp) -> {
            throw new HttpError(410, "Gone", null)
                    .header("Link", "</v2/things>; rel=\"successor-version\"")
                    .header("Link", "</docs/migration>; rel=\"help\"");
        });
        Result result = new TestClient(app).simulateGet("/gone");
        assertEquals(410, result.status());
        assertEquals(List.of("</v2/things>; rel=\"successor-version\", </docs/migration>; rel=\"help\""),
                result.headerValues("Link"), "appended, as appendHeader does, not the second replacing the first");
    }

    @Test
    void twoAuthenticationChallengesAreBothSent() {
        App app = new App();
        app.get("/private", (req, resp) -> {
            throw new HttpError(401, "Authentication required", null)
                    .header("WWW-Authenticate", "Bearer realm=\"api\"")
                    .header("WWW-Authenticate", "Basic realm=\"api\", charset=\"UTF-8\"");
        });
        Result result = new TestClient(app).simulateGet("/private");
        assertEquals(List.of("Bearer realm=\"api\", Basic realm=\"api\", charset=\"UTF-8\""),
                result.headerValues("WWW-Authenticate"));
    }

    @Test
    void anErrorHeaderReplacesWhatTheResponderHadSet() {
        App app = new App();
        app.get("/cached", (req, resp) -> {
            resp.cacheControl("public", "max-age=60");
            throw new HttpForbidden(null, "Not yours").header("Cache-Control", "no-store");
        });
        Result result = new TestClient(app).simulateGet("/cached");
        assertEquals(List.of("no-store"), result.headerValues("Cache-Control"));
    }

    @Test
    void aCookieOnARedirectIsSentAsACookie() {
        App app = new App();
        app.get("/logout", (req, resp) -> {
            throw new HttpFound("/login").header("Set-Cookie", "sid=; Max-Age=0; Path=/");
        });
        Result result = new TestClient(app).simulateGet("/logout");
        assertEquals(302, result.status());
        assertEquals("/login", result.header("Location"));
        assertEquals("", result.cookies().get("sid").value());
        assertTrue(result.header("Set-Cookie").contains("Max-Age=0"), result.header("Set-Cookie"));
    }

    @Test
    void aCookieOnAnErrorIsSentBesideTheResponderOnes() {
        App app = new App();
        app.get("/fail", (req, resp) -> {
            resp.setCookie("seen", "1").secure(false);
            throw new HttpError(409, "Conflict", null).header("Set-Cookie", "retry=soon; Path=/");
        });
        Result result = new TestClient(app).simulateGet("/fail");
        assertEquals(409, result.status());
        assertEquals(2, result.headerValues("Set-Cookie").size(), result.headerValues("Set-Cookie").toString());
        assertEquals("soon", result.cookies().get("retry").value());
        assertEquals("1", result.cookies().get("seen").value());
    }
}
