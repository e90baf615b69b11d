package dev.peregrine.benchmarks.router;

import dev.peregrine.internal.routing.MatchedFields;
import dev.peregrine.internal.routing.CompiledRouter;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time to find a route in a {@link RouteTable} of 10, 100 and 1,000 routes: the first route
 * added, the last route added (deepest, with converters), a multi-field segment with converters,
 * and a path that matches nothing after walking to the last level. Each lookup includes the
 * {@link MatchedFields} a request would allocate. If lookup cost is independent of the number of
 * routes, each benchmark's time is the same at every size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = BenchmarkFork.COUNT, jvmArgsAppend = {BenchmarkFork.GC, BenchmarkFork.HEAP_MIN, BenchmarkFork.HEAP_MAX,
        BenchmarkFork.ALLOW_UNSAFE, BenchmarkFork.NATIVE_ACCESS})
public class RouterLookupBenchmark {

    @Param({"10", "100", "1000"})
    private int routes;

    private CompiledRouter<String> router;
    private String firstAddedPath;
    private String lastAddedPath;
    private String multiFieldPath;
    private String noMatchPath;

    /** Builds the table and the paths, checking that each one routes as the benchmark claims. */
    @Setup(Level.Trial)
    public void setUp() {
        router = RouteTable.router(routes);
        String lastResource = RouteTable.resourceName(routes / RouteTable.ROUTES_PER_RESOURCE - 1);
        firstAddedPath = "/api/v1/" + RouteTable.resourceName(0);
        lastAddedPath = "/api/v1/" + lastResource + "/42/tags/blue/versions/3";
        multiFieldPath = "/api/v1/" + lastResource + "/42/history/2024-01-01..2024-12-31";
        noMatchPath = "/api/v1/" + lastResource + "/42/tags/blue/versions/latest";
        expect(firstAddedPath, RouteTable.routes(routes).getFirst().target());
        expect(lastAddedPath, RouteTable.routes(routes).getLast().target());
        expect(multiFieldPath, lastResource + ".historyRange");
        expect(noMatchPath, null);
    }

    private void expect(String path, String target) {
        String found = router.find(path, new MatchedFields());
        if (found == null ? target != null : !found.equals(target)) {
            throw new IllegalStateException(path + " found " + found + ", expected " + target);
        }
    }

    /** The first route added: three literal segments. */
    @Benchmark
    public void firstAdded(Blackhole blackhole) {
        find(firstAddedPath, blackhole);
    }

    /** The last route added: seven segments, three fields, two converters. */
    @Benchmark
    public void lastAdded(Blackhole blackhole) {
        find(lastAddedPath, blackhole);
    }

    /** Two dates in one segment, split with converter-aware backtracking. */
    @Benchmark
    public void multiFieldSegment(Blackhole blackhole) {
        find(multiFieldPath, blackhole);
    }

    /** A path that walks to the last level, where the converter rejects it. */
    @Benchmark
    public void noMatch(Blackhole blackhole) {
        find(noMatchPath, blackhole);
    }

    private void find(String path, Blackhole blackhole) {
        MatchedFields fields = new MatchedFields();
        blackhole.consume(router.find(path, fields));
        blackhole.consume(fields);
    }
}
