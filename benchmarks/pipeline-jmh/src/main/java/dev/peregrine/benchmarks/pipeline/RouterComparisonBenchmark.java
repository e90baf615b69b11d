package dev.peregrine.benchmarks.pipeline;

import dev.peregrine.internal.routing.MatchedFields;
import dev.peregrine.internal.routing.CompiledRouter;
import dev.peregrine.routing.Converters;
import java.util.HashMap;
import java.util.Map;
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
 * Route lookup on the benchmark contract's 100-route table: Peregrine's compiled router against
 * a {@link RegexListRouter}, for the first route of the list, the last one (compare, two fields in
 * one segment) and a path matching nothing. Each lookup allocates the fields holder a request
 * would: {@link MatchedFields} for the compiled router, a map for the regex list.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = BenchmarkFork.COUNT, jvmArgsAppend = {BenchmarkFork.GC, BenchmarkFork.HEAP_MIN, BenchmarkFork.HEAP_MAX,
        BenchmarkFork.ALLOW_UNSAFE, BenchmarkFork.NATIVE_ACCESS})
public class RouterComparisonBenchmark {

    @Param({"first", "last", "noMatch"})
    private String route;

    private CompiledRouter<String> compiled;
    private RegexListRouter<String> regexList;
    private String path;

    /** Builds both routers from the same templates and checks they agree on the path. */
    @Setup(Level.Trial)
    public void setUp() {
        compiled = new CompiledRouter<>(new Converters());
        regexList = new RegexListRouter<>();
        for (String template : BenchmarkRoutes.templates()) {
            compiled.add(template, template);
            regexList.add(template, template);
        }
        String expected = switch (route) {
            case "first" -> {
                path = "/plaintext";
                yield BenchmarkRoutes.PLAINTEXT;
            }
            case "last" -> {
                path = "/repos/falconry/falcon/compare/3.1.3...4.0.0";
                yield BenchmarkRoutes.COMPARE;
            }
            case "noMatch" -> {
                // NOTE: walks the compiled tree down to the compare segment, which lacks its "...".
                path = "/repos/falconry/falcon/compare/3.1.3";
                yield null;
            }
            default -> throw new IllegalArgumentException("Unknown route '" + route + "': use first, last or noMatch");
        };
        expect("compiled", compiled.find(path, new MatchedFields()), expected);
        expect("regex list", regexList.find(path, new HashMap<>()), expected);
    }

    private void expect(String router, String found, String expected) {
        if (found == null ? expected != null : !found.equals(expected)) {
            throw new IllegalStateException("The " + router + " router found " + found + " for " + path
                    + ", expected " + expected);
        }
    }

    /** Lookup in Peregrine's compiled router. */
    @Benchmark
    public void compiled(Blackhole blackhole) {
        MatchedFields fields = new MatchedFields();
        blackhole.consume(compiled.find(path, fields));
        blackhole.consume(fields);
    }

    /** Lookup in the regex list, trying routes in order. */
    @Benchmark
    public void regexList(Blackhole blackhole) {
        Map<String, String> fields = new HashMap<>();
        blackhole.consume(regexList.find(path, fields));
        blackhole.consume(fields);
    }
}
