package dev.peregrine.staticfiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.peregrine.App;
import dev.peregrine.PathFields;
import dev.peregrine.Request;
import dev.peregrine.ResourceMiddleware;
import dev.peregrine.Response;
import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StaticRouteServingTest {

    @TempDir
    Path dir;

    @BeforeEach
    void createFiles() throws IOException {
        write("hello.txt", "hello world");
        write("css/site.css", "body{}");
        write("index.html", "<h1>app</h1>");
        Files.setLastModifiedTime(dir.resolve("hello.txt"), FileTime.from(Instant.parse("2024-05-06T07:08:09.500Z")));
    }

    private void write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private TestClient client(StaticRouteOptions options) {
        return new TestClient(new App().addStaticRoute("/static", dir, options));
    }

    private TestClient client() {
        return client(new StaticRouteOptions());
    }

    @Test
    void getServesTheFileWithValidatorsAndAcceptRanges() {
        Result result = client().simulateGet("/static/hello.txt");
        assertEquals(200, result.status());
        assertEquals("hello world", result.text());
        assertEquals("text/plain; charset=utf-8", result.contentType());
        assertEquals("11", result.header("Content-Length"));
        assertEquals("\"663881d9-b\"", result.header("ETag"));
        assertEquals("Mon, 06 May 2024 07:08:09 GMT", result.header("Last-Modified"));
        assertEquals("bytes", result.header("Accept-Ranges"));
        assertNull(result.header("Content-Disposition"));
    }

    @Test
    void filesInSubdirectoriesAreServed() {
        Result result = client().simulateGet("/static/css/site.css");
        assertEquals(200, result.status());
        assertEquals("body{}", result.text());
        assertEquals("text/css; charset=utf-8", result.contentType());
    }

    @ParameterizedTest
    @CsvSource({
        "page.html, text/html; charset=utf-8",
        "PAGE.HTM, text/html; charset=utf-8",
        "app.js, text/javascript; charset=utf-8",
        "mod.mjs, text/javascript; charset=utf-8",
        "data.json, application/json",
        "table.csv, text/csv; charset=utf-8",
        "feed.xml, application/xml",
        "logo.svg, image/svg+xml",
        "logo.png, image/png",
        "photo.jpg, image/jpeg",
        "photo.jpeg, image/jpeg",
        "anim.gif, image/gif",
        "pic.webp, image/webp",
        "favicon.ico, image/vnd.microsoft.icon",
        "font.woff, font/woff",
        "font.woff2, font/woff2",
        "doc.pdf, application/pdf",
        "bundle.zip, application/zip",
        "dump.gz, application/gzip",
        "module.wasm, application/wasm",
        "clip.mp4, video/mp4",
        "notes.unknownext, application/octet-stream",
        "Makefile, application/octet-stream",
        ".profile, application/octet-stream",
    })
    void contentTypeFollowsTheExtension(String name, String contentType) throws IOException {
        write(name, "x");
        assertEquals(contentType, client().simulateGet("/static/" + name).contentType());
    }

    @Test
    void optionsMediaTypeAddsOrReplacesAnExtension() throws IOException {
        write("app.webmanifest", "{}");
        write("data.json", "{}");
        TestClient client = client(new StaticRouteOptions()
                .mediaType(".webmanifest", "application/x-manifest")
                .mediaType("JSON", "application/vnd.api+json"));
        assertEquals("application/x-manifest", client.simulateGet("/static/app.webmanifest").contentType());
        assertEquals("application/vnd.api+json", client.simulateGet("/static/data.json").contentType());
    }

    @Test
    void headSendsGetsHeadersWithoutTheBody() {
        TestClient client = client();
        Result get = client.simulateGet("/static/hello.txt");
        Result head = client.simulateHead("/static/hello.txt");
        assertEquals(200, head.status());
        assertEquals(0, head.content().length);
        assertEquals("11", head.header("Content-Length"));
        for (String name : List.of("Content-Type", "ETag", "Last-Modified", "Accept-Ranges")) {
            assertEquals(get.header(name), head.header(name), name);
        }
    }

    @Test
    void optionsAnswersAllowWithGetHeadOptions() {
        Result result = client().simulateOptions("/static/hello.txt");
        assertEquals(200, result.status());
        assertEquals("GET, HEAD, OPTIONS", result.header("Allow"));
        assertEquals("0", result.header("Content-Length"));
        assertEquals(0, result.content().length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void otherMethodsAre405WithAllow(String method) {
        Result result = client().simulateRequest(method, "/static/hello.txt");
        assertEquals(405, result.status());
        assertEquals("GET, HEAD, OPTIONS", result.header("Allow"));
        assertEquals(Map.of("title", "405 Method Not Allowed"), result.json());
    }

    @Test
    void unrecognizedMethodIs501BeforeReachingTheStaticRoute() {
        assertEquals(501, client().simulateRequest("FOO", "/static/hello.txt").status());
    }

    @Test
    void downloadableAddsContentDispositionAttachmentWithTheFileName() {
        Result result = client(new StaticRouteOptions().downloadable(true)).simulateGet("/static/css/site.css");
        assertEquals("attachment; filename=\"site.css\"", result.header("Content-Disposition"));
        assertEquals("body{}", result.text());
    }

    @Test
    void missingFileIs404() {
        Result result = client().simulateGet("/static/nope.txt");
        assertEquals(404, result.status());
        assertEquals(Map.of("title", "404 Not Found"), result.json());
    }

    @Test
    void directoryIs404() {
        assertEquals(404, client().simulateGet("/static/css").status());
        assertEquals(404, client().simulateGet("/static/css/").status());
    }

    @Test
    void barePrefixWithoutFallbackIsNotServed() {
        assertEquals(404, client().simulateGet("/static").status());
        assertEquals(404, client().simulateGet("/static/").status());
    }

    @Test
    void fallbackIsServedForMissingFilesWithItsOwnTypeAndName() {
        TestClient client = client(new StaticRouteOptions().fallbackFilename("index.html").downloadable(true));
        Result result = client.simulateGet("/static/some/client/route");
        assertEquals(200, result.status());
        assertEquals("<h1>app</h1>", result.text());
        assertEquals("text/html; charset=utf-8", result.contentType());
        assertEquals("attachment; filename=\"index.html\"", result.header("Content-Disposition"));
        assertEquals("hello world", client.simulateGet("/static/hello.txt").text());
    }

    @Test
    void fallbackServesTheBarePrefix() {
        TestClient client = client(new StaticRouteOptions().fallbackFilename("index.html"));
        assertEquals("<h1>app</h1>", client.simulateGet("/static").text());
        assertEquals("<h1>app</h1>", client.simulateGet("/static/").text());
    }

    @Test
    void fallbackDoesNotRescueARefusedPath() {
        TestClient client = client(new StaticRouteOptions().fallbackFilename("index.html"));
        assertEquals(404, client.simulateGet("/static/a%3Cb").status());
    }

    @Test
    void routesWinOverStaticRoutes() {
        App app = new App().addStaticRoute("/static", dir);
        app.get("/static/hello.txt", (req, resp) -> resp.text("from the route"));
        assertEquals("from the route", new TestClient(app).simulateGet("/static/hello.txt").text());
    }

    @Test
    void sinksWinOverStaticRoutes() {
        App app = new App().addStaticRoute("/static", dir);
        app.addSink((req, resp) -> resp.text("from the sink"), "/static/hello");
        TestClient client = new TestClient(app);
        assertEquals("from the sink", client.simulateGet("/static/hello.txt").text());
        assertEquals("body{}", client.simulateGet("/static/css/site.css").text());
    }

    @Test
    void theNewestStaticRouteIsTriedFirst() throws IOException {
        Path other = Files.createDirectory(dir.resolve("other"));
        Files.writeString(other.resolve("hello.txt"), "other hello");
        App app = new App().addStaticRoute("/static", dir).addStaticRoute("/static", other);
        assertEquals("other hello", new TestClient(app).simulateGet("/static/hello.txt").text());
    }

    @Test
    void aNewerStaticRouteMissingTheFileStillAnswers404() throws IOException {
        Path other = Files.createDirectory(dir.resolve("other"));
        App app = new App().addStaticRoute("/static", dir).addStaticRoute("/static", other);
        assertEquals(404, new TestClient(app).simulateGet("/static/hello.txt").status());
    }

    @Test
    void staticRoutesWithDifferentPrefixesServeTheirOwnDirectories() throws IOException {
        Path other = Files.createDirectory(dir.resolve("other"));
        Files.writeString(other.resolve("hello.txt"), "other hello");
        App app = new App().addStaticRoute("/static", dir).addStaticRoute("/assets/", other);
        TestClient client = new TestClient(app);
        assertEquals("hello world", client.simulateGet("/static/hello.txt").text());
        assertEquals("other hello", client.simulateGet("/assets/hello.txt").text());
        assertEquals(404, client.simulateGet("/staticx/hello.txt").status());
    }

    @Test
    void percentEncodedNamesAreDecoded() throws IOException {
        write("a file é.txt", "spaced");
        assertEquals("spaced", client().simulateGet("/static/a%20file%20%C3%A9.txt").text());
    }

    @Test
    void middlewareRunsWithTheStaticRouteAsResource() {
        List<String> log = new ArrayList<>();
        App app = new App().addStaticRoute("/static", dir);
        app.addMiddleware((ResourceMiddleware) (Request req, Response resp, Object resource, PathFields fields) ->
                log.add(resource.toString()));
        app.addMiddleware((dev.peregrine.ResponseMiddleware) (req, resp, resource, ok) -> resp.setHeader("X-Seen", "yes"));
        Result result = new TestClient(app).simulateGet("/static/hello.txt");
        assertEquals(List.of("StaticRoute[/static/ " + dir + "]"), log);
        assertEquals("yes", result.header("X-Seen"));
    }

    @Test
    void bytesAreServedExactly() throws IOException {
        byte[] bytes = new byte[300_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        Files.write(dir.resolve("blob.bin"), bytes);
        Result result = client().simulateGet("/static/blob.bin");
        assertArrayEquals(bytes, result.content());
        assertEquals("300000", result.header("Content-Length"));
        assertEquals("application/octet-stream", result.contentType());
    }

    @Test
    void emptyFileIsServedWithZeroLength() throws IOException {
        write("empty.txt", "");
        Result result = client().simulateGet("/static/empty.txt");
        assertEquals(200, result.status());
        assertEquals("0", result.header("Content-Length"));
        assertEquals("", new String(result.content(), StandardCharsets.UTF_8));
    }
}
