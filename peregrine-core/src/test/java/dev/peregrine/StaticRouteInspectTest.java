package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.peregrine.staticfiles.StaticRouteOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticRouteInspectTest {

    @TempDir
    Path dir;

    @Test
    void inspectListsStaticRoutesNewestFirstWithTheirFallback() throws IOException {
        Path site = Files.createDirectory(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<h1>app</h1>");
        App app = new App();
        app.get("/health", (req, resp) -> resp.text("ok"));
        app.addStaticRoute("/static", dir);
        app.addStaticRoute("/app/", site, new StaticRouteOptions().fallbackFilename("index.html"));
        app.addSink((req, resp) -> { }, "/proxy");
        assertEquals("""
                Peregrine App
                • Routes:
                    ⇒ /health - lambda responders:
                       └── GET - lambda
                • Static routes:
                    ↦ /app/ %1$s/site [%1$s/site/index.html]
                    ↦ /static/ %1$s
                • Sinks:
                    ⇥ /proxy <lambda>
                • Error handlers:
                    ⇜ Throwable - default: logs it with its stack trace, answers 500
                    ⇜ HttpError - default: renders it with the error serializer
                    ⇜ HttpStatus - default: answers its status, headers and text
                """.formatted(dir), app.inspect());
    }
}
