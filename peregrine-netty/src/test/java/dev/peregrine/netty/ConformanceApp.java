package dev.peregrine.netty;

import dev.peregrine.App;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The app both halves of the conformance suite talk to. */
final class ConformanceApp {

    /** The content of {@code /static/data.bin}: large enough to need several socket writes. */
    static final byte[] STATIC_FILE = staticFileContent();

    private static final Path STATIC_DIRECTORY = staticDirectory();

    private ConformanceApp() {
    }

    static App create() {
        App app = new App();
        app.get("/things/{id:int}", (req, resp) -> resp.media(Map.of("id", req.pathFields().asLong("id"))));
        app.post("/things", (req, resp) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> thing = req.media(Map.class);
            resp.status(201);
            resp.location("/things/7");
            resp.media(thing);
        });
        app.get("/text", (req, resp) -> resp.text("hello"));
        app.get("/search", (req, resp) -> {
            Map<String, Object> echoed = new LinkedHashMap<>();
            echoed.put("q", req.param("q"));
            echoed.put("limit", req.paramAsInt("limit", 10, 1, 100));
            resp.media(echoed);
        });
        app.get("/cookies", (req, resp) -> {
            resp.setCookie("flavour", "oat").secure(false);
            resp.text("session=" + req.cookie("session"));
        });
        app.get("/headers", (req, resp) -> resp.text(req.header("X-Custom", "none")));
        app.get("/echo-header", (req, resp) -> resp.setHeader("X-Echo", req.param("value")).text("echoed"));
        app.get("/stream", (req, resp) -> resp.stream(new ByteArrayInputStream("streamed, length unknown".getBytes(StandardCharsets.UTF_8))));
        app.get("/bye", (req, resp) -> resp.setHeader("Connection", "close").text("bye"));
        app.addStaticRoute("/static", STATIC_DIRECTORY);
        return app;
    }

    private static byte[] staticFileContent() {
        byte[] content = new byte[300_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31 + i / 251);
        }
        return content;
    }

    private static Path staticDirectory() {
        try {
            Path directory = Files.createTempDirectory("peregrine-conformance").toRealPath();
            Path file = Files.write(directory.resolve("data.bin"), STATIC_FILE);
            file.toFile().deleteOnExit();
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
