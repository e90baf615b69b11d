package dev.peregrine.staticfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.peregrine.App;
import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Falcon's request path checks: each refused path names a file that exists, so only the check
 * stands between it and a 200. Every refusal is Falcon's bare 404.
 */
class StaticRoutePathCheckTest {

    @TempDir
    Path root;

    private Path dir;
    private Path outside;
    private TestClient client;

    @BeforeEach
    void createFiles() throws IOException {
        dir = Files.createDirectory(root.resolve("public"));
        outside = Files.createDirectory(root.resolve("private"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.writeString(root.resolve("secret.txt"), "secret");
        Files.createDirectory(dir.resolve("css"));
        Files.writeString(dir.resolve("css/site.css"), "body{}");
        Files.writeString(dir.resolve("hello.txt"), "hello");
        client = new TestClient(new App().addStaticRoute("/static", dir));
    }

    private void assertRefused(String path) {
        Result result = client.simulateGet(path);
        assertEquals(404, result.status(), path);
        assertEquals(Map.of("title", "404 Not Found"), result.json(), path);
    }

    static Stream<Arguments> refusedNames() {
        return Stream.of(
                Arguments.of("control character", "a\u0001b", "/static/a%01b"),
                Arguments.of("line feed", "a\nb", "/static/a%0Ab"),
                Arguments.of("DEL", "a\u007fb", "/static/a%7Fb"),
                Arguments.of("C1 control", "a\u0085b", "/static/a%C2%85b"),
                Arguments.of("replacement character", "a\ufffdb", "/static/a%FFb"),
                Arguments.of("tilde", "~backup", "/static/~backup"),
                Arguments.of("question mark", "a?b", "/static/a%3Fb"),
                Arguments.of("less-than", "a<b", "/static/a%3Cb"),
                Arguments.of("greater-than", "a>b", "/static/a%3Eb"),
                Arguments.of("colon", "a:b", "/static/a:b"),
                Arguments.of("asterisk", "a*b", "/static/a*b"),
                Arguments.of("pipe", "a|b", "/static/a%7Cb"),
                Arguments.of("single quote", "a'b", "/static/a'b"),
                Arguments.of("double quote", "a\"b", "/static/a%22b"),
                Arguments.of("backslash", "a\\b", "/static/a%5Cb"),
                Arguments.of("trailing dot", "hello.", "/static/hello."),
                Arguments.of("trailing space", "hello ", "/static/hello%20"),
                Arguments.of("leading space", " hello", "/static/%20hello"));
    }

    @ParameterizedTest(name = "{0} is refused although the file exists")
    @MethodSource("refusedNames")
    void refusedNamesAre404(String what, String fileName, String path) throws IOException {
        Files.writeString(dir.resolve(fileName), "exists");
        assertRefused(path);
    }

    @Test
    void doubleSlashIsRefused() {
        assertRefused("/static/css//site.css");
        assertRefused("/static//hello.txt");
    }

    @Test
    void segmentEndingWithDotOrSpaceIsRefused() throws IOException {
        Files.createDirectory(dir.resolve("v1."));
        Files.writeString(dir.resolve("v1./a.txt"), "a");
        Files.createDirectory(dir.resolve("v2 "));
        Files.writeString(dir.resolve("v2 /a.txt"), "a");
        assertRefused("/static/v1./a.txt");
        assertRefused("/static/v2%20/a.txt");
    }

    @Test
    void pathsOver512CharactersAreRefused() throws IOException {
        Path deep = Files.createDirectories(dir.resolve("a".repeat(200)).resolve("b".repeat(200)));
        Files.writeString(deep.resolve("c".repeat(108)), "fits");
        Files.writeString(deep.resolve("c".repeat(111)), "too long");
        String base = "/static/" + "a".repeat(200) + "/" + "b".repeat(200) + "/";
        assertEquals("fits", client.simulateGet(base + "c".repeat(108)).text());
        assertRefused(base + "c".repeat(111));
    }

    @Test
    void dotDotEscapesAreRefused() {
        assertRefused("/static/../secret.txt");
        assertRefused("/static/css/../../secret.txt");
        assertRefused("/static/%2E%2E/secret.txt");
        assertRefused("/static/css/..%2F..%2Fsecret.txt");
        assertRefused("/static/./../secret.txt");
    }

    @Test
    void trailingDotSegmentsAreRefused() {
        assertRefused("/static/css/..");
        assertRefused("/static/css/.");
    }

    @Test
    void dotSegmentsThatStayInsideAreResolvedAsFalconDoes() {
        assertEquals("hello", client.simulateGet("/static/css/../hello.txt").text());
        assertEquals("body{}", client.simulateGet("/static/./css/site.css").text());
    }

    @Test
    void symbolicLinkToAFileOutsideIsRefused() throws IOException {
        Files.createSymbolicLink(dir.resolve("leak.txt"), outside.resolve("secret.txt"));
        assertRefused("/static/leak.txt");
    }

    @Test
    void symbolicLinkToADirectoryOutsideIsRefused() throws IOException {
        Files.createSymbolicLink(dir.resolve("leak"), outside);
        assertRefused("/static/leak/secret.txt");
    }

    @Test
    void symbolicLinkInsideTheDirectoryIsServedUnderItsOwnName() throws IOException {
        Files.createSymbolicLink(dir.resolve("alias.css"), dir.resolve("hello.txt"));
        Result result = client.simulateGet("/static/alias.css");
        assertEquals("hello", result.text());
        assertEquals("text/css; charset=utf-8", result.contentType());
    }

    @Test
    void directoryThatIsItselfASymbolicLinkIsServed() throws IOException {
        Path link = Files.createSymbolicLink(root.resolve("link"), dir);
        TestClient linked = new TestClient(new App().addStaticRoute("/s", link));
        assertEquals("hello", linked.simulateGet("/s/hello.txt").text());
    }

    // ---- Startup errors ----------------------------------------------------------------------

    @Test
    void prefixWithoutLeadingSlashFailsNamingTheFix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new App().addStaticRoute("static", dir));
        assertEquals("Static route prefix 'static' must start with '/', such as '/static'", e.getMessage());
    }

    @Test
    void relativeDirectoryFailsNamingTheFix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new App().addStaticRoute("/static", Path.of("public")));
        assertEquals("Static route '/static/': directory 'public' must be an absolute path;"
                + " pass Path.of(...).toAbsolutePath()", e.getMessage());
    }

    @Test
    void missingDirectoryFailsNamingIt() {
        Path missing = root.resolve("missing");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new App().addStaticRoute("/static", missing));
        assertEquals("Static route '/static/': directory '" + missing + "' does not exist or is not a directory;"
                + " create it or point the route at an existing directory", e.getMessage());
    }

    @Test
    void fileInsteadOfDirectoryFails() {
        assertThrows(IllegalArgumentException.class, () -> new App().addStaticRoute("/static", dir.resolve("hello.txt")));
    }

    @Test
    void missingFallbackFailsNamingTheFix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new App()
                .addStaticRoute("/static", dir, new StaticRouteOptions().fallbackFilename("index.html")));
        assertEquals("Static route '/static/': fallback file 'index.html' is not a regular file inside '" + dir
                + "'; create it there or name a file relative to the directory, such as 'index.html'", e.getMessage());
    }

    @Test
    void fallbackOutsideTheDirectoryFails() {
        assertThrows(IllegalArgumentException.class, () -> new App()
                .addStaticRoute("/static", dir, new StaticRouteOptions().fallbackFilename("../secret.txt")));
        assertThrows(IllegalArgumentException.class, () -> new App()
                .addStaticRoute("/static", dir, new StaticRouteOptions().fallbackFilename(root.resolve("secret.txt").toString())));
    }

    @Test
    void fallbackThatIsADirectoryFails() {
        assertThrows(IllegalArgumentException.class, () -> new App()
                .addStaticRoute("/static", dir, new StaticRouteOptions().fallbackFilename("css")));
    }

    @Test
    void absoluteFallbackInsideTheDirectoryIsAccepted() {
        App app = new App().addStaticRoute("/static", dir,
                new StaticRouteOptions().fallbackFilename(dir.resolve("hello.txt").toString()));
        assertEquals("hello", new TestClient(app).simulateGet("/static/missing").text());
    }

    @Test
    void addingAStaticRouteAfterTheFirstRequestFails() {
        App app = new App().addStaticRoute("/static", dir);
        new TestClient(app).simulateGet("/static/hello.txt");
        assertThrows(IllegalStateException.class, () -> app.addStaticRoute("/more", dir));
    }
}
