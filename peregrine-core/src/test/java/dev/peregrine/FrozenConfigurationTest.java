package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.peregrine.media.MediaHandler;
import dev.peregrine.media.MediaHandlers;
import dev.peregrine.routing.Converters;
import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Options, media handlers and converters can be changed until the app serves its first request,
 * and not after: the app works with snapshots taken then.
 */
class FrozenConfigurationTest {

    /** Writes a list as one line of comma-separated values; reads nothing. */
    private static final class CsvHandler implements MediaHandler {
        @Override
        public Object deserialize(InputStream body, String contentType, long contentLength, Class<?> type) {
            throw new UnsupportedOperationException("CSV is only written");
        }

        @Override
        public byte[] serialize(Object media, String contentType) {
            StringJoiner line = new StringJoiner(",");
            for (Object value : (List<?>) media) {
                line.add(String.valueOf(value));
            }
            return line.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    private static App servedApp() {
        App app = new App().get("/r", (req, resp) -> resp.text("ok"));
        new TestClient(app).simulateGet("/r");
        return app;
    }

    private static String refusal(Executable change) {
        return assertThrows(IllegalStateException.class, change).getMessage();
    }

    private static String requestOptionRefusal(String option) {
        return "Cannot change requestOptions()." + option + " after the app has served its first request;"
                + " configure request options before the app serves its first request";
    }

    private static String responseOptionRefusal(String option) {
        return "Cannot change responseOptions()." + option + " after the app has served its first request;"
                + " configure response options before the app serves its first request";
    }

    @Test
    void everyRequestOptionSetterFailsOnceTheAppHasServed() {
        RequestOptions options = servedApp().requestOptions();
        assertEquals("Cannot change requestOptions().keepBlankQsValues after the app has served its first request;"
                + " configure request options before the app serves its first request",
                refusal(() -> options.keepBlankQsValues(false)));
        assertEquals(requestOptionRefusal("autoParseQsCsv"), refusal(() -> options.autoParseQsCsv(true)));
        assertEquals(requestOptionRefusal("stripUrlPathTrailingSlash"),
                refusal(() -> options.stripUrlPathTrailingSlash(false)));
        assertEquals(requestOptionRefusal("defaultMediaType"), refusal(() -> options.defaultMediaType("text/plain")));
    }

    @Test
    void everyResponseOptionSetterFailsOnceTheAppHasServed() {
        ResponseOptions options = servedApp().responseOptions();
        assertEquals("Cannot change responseOptions().secureCookiesByDefault after the app has served its first request;"
                + " configure response options before the app serves its first request",
                refusal(() -> options.secureCookiesByDefault(false)));
        assertEquals(responseOptionRefusal("xmlErrorSerialization"), refusal(() -> options.xmlErrorSerialization(false)));
        assertEquals(responseOptionRefusal("defaultMediaType"), refusal(() -> options.defaultMediaType("text/csv")));
    }

    @Test
    void mediaHandlersCannotBeRegisteredOrRemovedOnceTheAppHasServed() {
        MediaHandlers handlers = servedApp().mediaHandlers();
        assertEquals("Cannot register a media handler for 'text/csv' after the app has served its first request;"
                + " register media handlers before the app serves its first request",
                refusal(() -> handlers.register("text/csv", new CsvHandler())));
        assertEquals("Cannot remove the media handler for 'application/json' after the app has served its first"
                + " request; remove media handlers before the app serves its first request",
                refusal(() -> handlers.remove("application/json")));
    }

    @Test
    void mediaTypesCannotBeRemovedThroughTheirListing() {
        Iterator<String> types = new App().mediaHandlers().mediaTypes().iterator();
        types.next();
        assertThrows(UnsupportedOperationException.class, types::remove);
    }

    @Test
    void convertersCannotBeRegisteredOnceTheAppHasServed() {
        Converters converters = servedApp().converters();
        assertEquals("Cannot register converter 'lower' after the app has served its first request;"
                + " register converters before adding the routes that use them",
                refusal(() -> converters.register("lower", arguments -> text -> text)));
    }

    @Test
    void requestOptionSetBeforeServingTakesEffect() {
        App app = new App().get("/r", (req, resp) -> resp.media(req.params()));
        app.requestOptions().keepBlankQsValues(false);
        assertEquals(Map.of("e", List.of("1")), new TestClient(app).simulateGet("/r?c=&e=1").json());
    }

    @Test
    void responseOptionSetBeforeServingTakesEffect() {
        App app = new App().get("/r", (req, resp) -> resp.setCookie("a", "1"));
        app.responseOptions().secureCookiesByDefault(false);
        assertEquals("a=1; HttpOnly", new TestClient(app).simulateGet("/r").header("Set-Cookie"));
    }

    @Test
    void mediaHandlerRegisteredBeforeServingTakesEffect() {
        App app = new App().get("/r", (req, resp) -> resp.contentType("text/csv").media(List.of("a", "b")));
        app.mediaHandlers().register("text/csv", new CsvHandler());
        Result result = new TestClient(app).simulateGet("/r");
        assertEquals("text/csv", result.contentType());
        assertEquals("a,b", result.text());
    }

    @Test
    void converterRegisteredBeforeAddingTheRouteTakesEffect() {
        App app = new App();
        app.converters().register("lower", arguments -> text -> text.equals(text.toLowerCase(Locale.ROOT)) ? text : null);
        app.get("/tags/{name:lower}", (req, resp) -> resp.text(req.pathField("name")));
        TestClient client = new TestClient(app);
        assertEquals("abc", client.simulateGet("/tags/abc").text());
        assertEquals(404, client.simulateGet("/tags/ABC").status());
    }
}
