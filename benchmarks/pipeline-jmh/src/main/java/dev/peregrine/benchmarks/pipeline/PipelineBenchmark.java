package dev.peregrine.benchmarks.pipeline;

import dev.peregrine.App;
import dev.peregrine.spi.RenderedResponse;
import dev.peregrine.spi.ResponseBody;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of one request through {@link App#handle}, the pipeline the embedded server and
 * {@code TestClient} share, for each endpoint of the benchmark contract on the 100-route app:
 * request and response objects, middleware chain, routing, the responder (which builds and
 * serializes its JSON), and rendering the body and headers. No bytes cross a socket, and the
 * request is built once, so what is timed is the framework plus the endpoint's own work. Run it
 * with {@code -prof gc} for the bytes each request allocates ({@code gc.alloc.rate.norm}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = BenchmarkFork.COUNT, jvmArgsAppend = {BenchmarkFork.GC, BenchmarkFork.HEAP_MIN, BenchmarkFork.HEAP_MAX,
        BenchmarkFork.ALLOW_UNSAFE, BenchmarkFork.NATIVE_ACCESS})
public class PipelineBenchmark {

    @Param({"plaintext", "json", "messages", "messages64k", "empty", "compare"})
    private String endpoint;

    private App app;
    private PrebuiltExchange exchange;

    /** Builds the app and the request, and checks the app answers it as the contract says. */
    @Setup(Level.Trial)
    public void setUp() {
        app = BenchmarkApp.create();
        EndpointRequest request = EndpointRequest.named(endpoint);
        exchange = new PrebuiltExchange("GET", request.target());
        RenderedResponse response = app.handle(exchange);
        String body = response.body() instanceof ResponseBody.Bytes bytes ? new String(bytes.bytes(), StandardCharsets.UTF_8) : "";
        if (response.status() != request.status() || !request.accepts(body)) {
            throw new IllegalStateException("GET " + request.target() + " answered " + response.status()
                    + " with " + body.length() + " characters: " + abbreviate(body));
        }
    }

    private static String abbreviate(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "...";
    }

    /** One request, answered and rendered; the response is returned so nothing is optimised away. */
    @Benchmark
    public RenderedResponse handle() {
        return app.handle(exchange);
    }
}
