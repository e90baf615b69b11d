package dev.peregrine.reliability.fuzz;

import dev.peregrine.netty.PeregrineServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs the HTTP mutation fuzzer against the echo server started in-process (or, with
 * {@code --target host:port}, against one already running the same app) and writes its report.
 * Exits 1 when any input failed the oracle, the canary went unanswered or the heap did not come back.
 *
 * <pre>
 * --inputs N        inputs to send (default 100000)
 * --seed S          run seed (default: random; the report names it)
 * --connections C   inputs in flight at once (default 32)
 * --out DIR         where http-fuzz.md, http-fuzz.json and failures/ go (default: no report)
 * --command TEXT    the command line the report names
 * --target H:P      fuzz a server already running the echo app (see --serve); no heap check
 * --serve PORT      only start the echo app on PORT and serve until stopped, to fuzz it from another process
 * --replay SEED     send the one input made from SEED and print what happened
 * </pre>
 */
public final class FuzzMain {

    /** How long a read may wait: the server's own timeouts, then a generous margin for a busy machine. */
    static final Duration HANG_AFTER = FuzzTarget.READ_TIMEOUT.multipliedBy(2).plusSeconds(8);

    private FuzzMain() {
    }

    public static void main(String[] args) throws Exception {
        long inputs = 100_000;
        long seed = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        int connections = 32;
        Path out = null;
        String command = "FuzzMain";
        String target = null;
        Long replay = null;
        Integer serve = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--inputs" -> inputs = Long.parseLong(required(args[i], value));
                case "--seed" -> seed = Long.parseLong(required(args[i], value));
                case "--connections" -> connections = Integer.parseInt(required(args[i], value));
                case "--out" -> out = Path.of(required(args[i], value));
                case "--command" -> command = required(args[i], value);
                case "--target" -> target = required(args[i], value);
                case "--replay" -> replay = Long.parseLong(required(args[i], value));
                case "--serve" -> serve = Integer.parseInt(required(args[i], value));
                default -> throw new IllegalArgumentException("unknown option '" + args[i]
                        + "'; the options are --inputs, --seed, --connections, --out, --command, --target, --replay, --serve");
            }
            i++;
        }
        if (serve != null) {
            FuzzTarget.start(serve).stopOnTermination();
            Thread.currentThread().join();
        }
        PeregrineServer server = target == null ? FuzzTarget.start() : null;
        try {
            InetSocketAddress address = server != null ? new InetSocketAddress("127.0.0.1", server.port()) : address(target);
            HttpFuzzer fuzzer = new HttpFuzzer(address, connections, HANG_AFTER);
            if (replay != null) {
                FuzzInput input = InputGenerator.generate(replay);
                ExchangeResult result = fuzzer.replay(replay);
                System.out.println(new FuzzFailure(input, result).reproducer());
                System.exit(result.failed() ? 1 : 0);
            }
            System.err.printf("Fuzzing %s with %,d inputs, seed %d, %d connections%n", address, inputs, seed, connections);
            long[] baseline = {-1};
            long started = System.nanoTime();
            fuzzer.run(seed, inputs, done -> {
                System.err.printf("  %,d inputs, %,d failures%n", done, fuzzer.failureCount());
                if (baseline[0] < 0 && server != null) {
                    baseline[0] = usedAfterGc();
                }
            });
            long millis = (System.nanoTime() - started) / 1_000_000;
            HeapCheck heap = server == null ? null : new HeapCheck(baseline[0], afterRun(server), HeapCheck.TOLERANCE);
            if (out != null) {
                FuzzReport.write(out, new FuzzReport.Run(command, seed, inputs, connections, millis, heap), fuzzer);
                System.err.println("Report: " + out.resolve("http-fuzz.md"));
            }
            fuzzer.failures().forEach(failure -> System.err.println("FAILURE " + failure.reproducer()));
            boolean passed = fuzzer.failureCount() == 0 && (heap == null || heap.passed());
            System.err.println(passed ? "Passed." : "FAILED: " + fuzzer.failureCount() + " failures"
                    + (heap != null && !heap.passed() ? ", heap did not come back to its baseline" : ""));
            System.exit(passed ? 0 : 1);
        } finally {
            if (server != null) {
                server.stop(Duration.ofSeconds(2));
            }
        }
    }

    /** The heap after GC once every connection of the run has closed (the server closes idle ones within its timeouts). */
    private static long afterRun(PeregrineServer server) throws InterruptedException {
        long deadline = System.nanoTime() + HANG_AFTER.toNanos();
        while (server.openConnections() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return HeapCheck.usedAfterGc();
    }

    private static long usedAfterGc() {
        try {
            return HeapCheck.usedAfterGc();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static InetSocketAddress address(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("--target wants host:port, got '" + hostAndPort + "'");
        }
        return new InetSocketAddress(hostAndPort.substring(0, colon), Integer.parseInt(hostAndPort.substring(colon + 1)));
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
