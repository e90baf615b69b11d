package dev.peregrine.benchmarks.pipeline;

import dev.peregrine.benchmarks.peers.model.Greeting;
import dev.peregrine.benchmarks.peers.model.QueueListing;
import dev.peregrine.media.JsonHandler;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JSON serialization alone, with the app's default {@link JsonHandler} (Jackson), for the bodies
 * {@link PipelineBenchmark} serializes: the greeting and the 1 KiB and 64 KiB listings. The
 * listings are also measured built and serialized, as a responder does per request. Subtracting
 * these from the pipeline's times leaves the framework's own cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = BenchmarkFork.COUNT, jvmArgsAppend = {BenchmarkFork.GC, BenchmarkFork.HEAP_MIN, BenchmarkFork.HEAP_MAX,
        BenchmarkFork.ALLOW_UNSAFE, BenchmarkFork.NATIVE_ACCESS})
public class JsonSerializationBenchmark {

    private static final String JSON = "application/json";

    private JsonHandler json;
    private QueueListing smallListing;
    private QueueListing largeListing;

    /** Builds the handler and the listings, checking the listings' sizes. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        json = new JsonHandler();
        smallListing = QueueListing.build(QueueListing.SMALL_COUNT);
        largeListing = QueueListing.build(QueueListing.LARGE_COUNT);
        expectSize("1 KiB", json.serialize(smallListing, JSON).length, 1000, 1200);
        expectSize("64 KiB", json.serialize(largeListing, JSON).length, 64_000, 80_000);
    }

    private static void expectSize(String listing, int bytes, int minimum, int maximum) {
        if (bytes < minimum || bytes > maximum) {
            throw new IllegalStateException("The " + listing + " listing serialized to " + bytes + " bytes");
        }
    }

    /** {@code {"message": "Hello, World!"}}, a new object as per request. */
    @Benchmark
    public byte[] greeting() throws IOException {
        return json.serialize(Greeting.hello(), JSON);
    }

    /** The 11-message listing, built once. */
    @Benchmark
    public byte[] listing1k() throws IOException {
        return json.serialize(smallListing, JSON);
    }

    /** The 700-message listing, built once. */
    @Benchmark
    public byte[] listing64k() throws IOException {
        return json.serialize(largeListing, JSON);
    }

    /** The 11-message listing, built and serialized as the responder does. */
    @Benchmark
    public byte[] buildAndSerialize1k() throws IOException {
        return json.serialize(QueueListing.build(QueueListing.SMALL_COUNT), JSON);
    }

    /** The 700-message listing, built and serialized as the responder does. */
    @Benchmark
    public byte[] buildAndSerialize64k() throws IOException {
        return json.serialize(QueueListing.build(QueueListing.LARGE_COUNT), JSON);
    }
}
