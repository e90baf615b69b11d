package dev.peregrine.testing;

import dev.peregrine.App;
import dev.peregrine.internal.JsonMedia;
import dev.peregrine.media.MediaHandler;
import dev.peregrine.spi.HttpExchange;
import dev.peregrine.spi.RenderedResponse;
import dev.peregrine.spi.ResponseBody;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs requests through an app in process, without a socket, through the same interface and
 * pipeline a server uses.
 *
 * {@snippet :
 * TestClient client = new TestClient(app);
 * Result result = client.simulateGet("/things");
 * assertEquals(200, result.status());
 * Result created = client.post("/things").json(Map.of("name", "spoon")).send();
 * }
 */
public final class TestClient {

    private final App app;
    private final List<String[]> defaultHeaders = new ArrayList<>();

    /** A client for {@code app}, sending {@code Host: localhost} and a User-Agent by default. */
    public TestClient(App app) {
        this.app = app;
        defaultHeaders.add(new String[] {"Host", "localhost"});
        defaultHeaders.add(new String[] {"User-Agent", "peregrine-test-client"});
    }

    /** Adds a header to every request this client sends. */
    public TestClient defaultHeader(String name, String value) {
        defaultHeaders.add(new String[] {name, value});
        return this;
    }

    /** Starts a request with any method; finish it with {@link SimulatedRequest#send()}. */
    public SimulatedRequest request(String method, String path) {
        return new SimulatedRequest(this, method, path, defaultHeaders);
    }

    /** Starts a GET. */
    public SimulatedRequest get(String path) {
        return request("GET", path);
    }

    /** Starts a HEAD. */
    public SimulatedRequest head(String path) {
        return request("HEAD", path);
    }

    /** Starts a POST. */
    public SimulatedRequest post(String path) {
        return request("POST", path);
    }

    /** Starts a PUT. */
    public SimulatedRequest put(String path) {
        return request("PUT", path);
    }

    /** Starts a PATCH. */
    public SimulatedRequest patch(String path) {
        return request("PATCH", path);
    }

    /** Starts a DELETE. */
    public SimulatedRequest delete(String path) {
        return request("DELETE", path);
    }

    /** Starts an OPTIONS. */
    public SimulatedRequest options(String path) {
        return request("OPTIONS", path);
    }

    /** Sends a GET; the path may include a query string. */
    public Result simulateGet(String path) {
        return get(path).send();
    }

    /** Sends a HEAD. */
    public Result simulateHead(String path) {
        return head(path).send();
    }

    /** Sends a POST without a body. */
    public Result simulatePost(String path) {
        return post(path).send();
    }

    /** Sends a PUT without a body. */
    public Result simulatePut(String path) {
        return put(path).send();
    }

    /** Sends a PATCH without a body. */
    public Result simulatePatch(String path) {
        return patch(path).send();
    }

    /** Sends a DELETE. */
    public Result simulateDelete(String path) {
        return delete(path).send();
    }

    /** Sends an OPTIONS. */
    public Result simulateOptions(String path) {
        return options(path).send();
    }

    /** Sends a request with any method. */
    public Result simulateRequest(String method, String path) {
        return request(method, path).send();
    }

    /**
     * Runs {@code exchange} through the app and reads the answer whole, with the framing lines an
     * HTTP/1.1 server adds: {@code Transfer-Encoding: chunked} for a body of unknown length and
     * {@code Connection: close} when the app asked to close (a server adds a Date too).
     */
    Result run(HttpExchange exchange) {
        RenderedResponse answer = app.handle(exchange);
        List<String[]> headers = new ArrayList<>(answer.headerCount() + 1);
        answer.forEachHeader((name, value) -> headers.add(new String[] {name, value}));
        byte[] content = switch (answer.body()) {
            case ResponseBody.None none -> new byte[0];
            case ResponseBody.Bytes bytes -> bytes.bytes();
            case ResponseBody.Stream stream -> {
                if (stream.length() < 0) {
                    headers.add(new String[] {"Transfer-Encoding", "chunked"});
                }
                yield readAll(stream.stream());
            }
            case ResponseBody.Writer writer -> {
                if (writer.length() < 0) {
                    headers.add(new String[] {"Transfer-Encoding", "chunked"});
                }
                yield writeAll(writer);
            }
            case ResponseBody.File file -> readAll(file.openStream());
        };
        if (answer.closesConnection()) {
            headers.add(new String[] {"Connection", "close"});
        }
        return new Result(answer.status(), headers, content, json());
    }

    /** The app's JSON media handler, looked up per use since the app may replace it after this client exists. */
    MediaHandler json() {
        return JsonMedia.handler(app.mediaHandlers());
    }

    /** Runs the body's writer to its end; a writer that never returns (an endless event stream) never returns here either. */
    private static byte[] writeAll(ResponseBody.Writer writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (out) {
            writer.writer().writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("The response writer failed", e);
        }
        return out.toByteArray();
    }

    private static byte[] readAll(InputStream stream) {
        try (stream) {
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The response stream failed", e);
        }
    }
}
