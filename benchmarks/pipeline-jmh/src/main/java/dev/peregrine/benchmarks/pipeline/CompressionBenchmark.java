package dev.peregrine.benchmarks.pipeline;

import dev.peregrine.App;
import dev.peregrine.compression.ContentCoding;
import dev.peregrine.compression.GzipCoding;
import dev.peregrine.compression.ResponseCompression;
import dev.peregrine.spi.RenderedResponse;
import dev.peregrine.spi.ResponseBody;
import dev.peregrine.zstd.ZstdCoding;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Cost of response compression: the 76 KiB JSON listing ({@code GET /queues/demo/messages?size=64k})
 * through {@link App#handle} with compression off, gzip at levels 1 and 6, and zstd at level 3,
 * the request sending a browser's {@code Accept-Encoding: gzip, deflate, br, zstd}. Besides the
 * average (wall-clock) time, each request's thread CPU time is summed in {@link CpuTime}: on a
 * shared machine other processes stretch the wall clock, not the CPU time a request used, so
 * {@code cpuNanos / requests} is the number to compare. The body's size on the wire is printed at
 * set-up (in the fork's output) and {@code -prof gc} gives the bytes allocated per request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = BenchmarkFork.COUNT, jvmArgsAppend = {BenchmarkFork.GC, BenchmarkFork.HEAP_MIN, BenchmarkFork.HEAP_MAX,
        BenchmarkFork.ALLOW_UNSAFE, BenchmarkFork.NATIVE_ACCESS})
public class CompressionBenchmark {

    @Param({"off", "gzip-1", "gzip-6", "zstd-3"})
    private String coding;

    private App app;
    private PrebuiltExchange exchange;

    /** Builds the app with the coding, and checks the listing is answered encoded as asked. */
    @Setup(Level.Trial)
    public void setUp() {
        app = BenchmarkApp.create();
        ContentCoding chosen = switch (coding) {
            case "off" -> null;
            case "gzip-1" -> GzipCoding.level(1);
            case "gzip-6" -> GzipCoding.level(6);
            case "zstd-3" -> ZstdCoding.level(3);
            default -> throw new IllegalArgumentException("Unknown coding '" + coding + "': use off, gzip-1, gzip-6 or zstd-3");
        };
        if (chosen != null) {
            app.responseOptions().compression(ResponseCompression.of(chosen));
        }
        exchange = new PrebuiltExchange("GET", "/queues/demo/messages?size=64k", "Accept-Encoding", "gzip, deflate, br, zstd");
        RenderedResponse response = app.handle(exchange);
        String expected = chosen == null ? null : chosen.name();
        if (response.status() != 200 || !Objects.equals(response.header("Content-Encoding"), expected)
                || !(response.body() instanceof ResponseBody.Bytes bytes)) {
            throw new IllegalStateException("The listing was answered " + response + " with Content-Encoding "
                    + response.header("Content-Encoding") + ", not " + expected);
        }
        System.out.println("coding " + coding + ": " + bytes.bytes().length + " bytes on the wire (Content-Length "
                + response.header("Content-Length") + ")");
    }

    /** One request for the listing, answered, rendered and compressed, its CPU time counted. */
    @Benchmark
    public RenderedResponse handle(CpuTime cpu) {
        long start = CpuTime.THREADS.getCurrentThreadCpuTime();
        RenderedResponse response = app.handle(exchange);
        cpu.cpuNanos += CpuTime.THREADS.getCurrentThreadCpuTime() - start;
        cpu.requests++;
        return response;
    }

    /**
     * CPU time spent in requests and how many there were, per iteration; JMH reports both, and
     * their ratio is the CPU time per request (reading the clock twice adds about a microsecond).
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {

        static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        /** Thread CPU time spent in {@code handle}, in nanoseconds. */
        public long cpuNanos;
        /** Requests handled. */
        public long requests;

        /** Starts each iteration's counts at zero. */
        @Setup(Level.Iteration)
        public void reset() {
            cpuNanos = 0;
            requests = 0;
        }
    }
}
