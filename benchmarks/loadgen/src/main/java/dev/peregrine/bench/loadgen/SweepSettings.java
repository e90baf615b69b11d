package dev.peregrine.bench.loadgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a sweep.
 *
 * @param target      the request and where to send it
 * @param rates       attempted rates, in the order they run
 * @param window      each step's length
 * @param connections keep-alive connections per step
 * @param timeout     how long a request may wait for its response
 * @param warmup      how long to load the server at the first rate, unreported, before the sweep; zero for none
 */
public record SweepSettings(TargetRequest target, List<Long> rates, Duration window, int connections, Duration timeout,
                            Duration warmup) {
    /** The rates swept when {@code --rates} is not given: from low to well past one core's saturation. */
    public static final String DEFAULT_RATES = "5000,10000,20000,40000,60000,80000,100000";

    /** How to call the generator, printed with every command-line mistake. */
    public static final String USAGE = """
            usage: loadgen --url http://HOST:PORT/PATH [--header 'Name: value']... [--rates 5000,10000,...]
                           [--seconds 5] [--connections 64] [--timeout-ms 2000] [--warmup-seconds 0]
                           [--method GET] [--body-file FILE]
            Prints one JSON line per step to standard output.""";

    /**
     * Reads the command line.
     *
     * @param args the arguments
     * @return the settings
     * @throws IllegalArgumentException naming the bad or missing argument and the fix
     */
    public static SweepSettings parse(String[] args) {
        String url = null;
        String method = "GET";
        String bodyFile = null;
        List<String> headers = new ArrayList<>();
        String rates = DEFAULT_RATES;
        String seconds = "5";
        String connections = "64";
        String timeoutMillis = "2000";
        String warmupSeconds = null;
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[i + 1];
            switch (name) {
                case "--url" -> url = value;
                case "--header" -> headers.add(value);
                case "--method" -> method = value;
                case "--body-file" -> bodyFile = value;
                case "--rates" -> rates = value;
                case "--seconds" -> seconds = value;
                case "--connections" -> connections = value;
                case "--timeout-ms" -> timeoutMillis = value;
                case "--warmup-seconds" -> warmupSeconds = value;
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("--url is required, e.g. --url http://127.0.0.1:8080/plaintext");
        }
        return new SweepSettings(TargetRequest.of(method, url, headers, body(bodyFile)), rateList(rates),
                Duration.ofMillis(Math.round(number("--seconds", seconds) * 1000)),
                (int) number("--connections", connections),
                Duration.ofMillis((long) number("--timeout-ms", timeoutMillis)),
                warmupSeconds == null ? Duration.ZERO : Duration.ofMillis(Math.round(number("--warmup-seconds", warmupSeconds) * 1000)));
    }

    private static byte[] body(String file) {
        if (file == null) {
            return new byte[0];
        }
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException | InvalidPathException e) {
            throw new IllegalArgumentException("--body-file '" + file + "' cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<Long> rateList(String text) {
        List<Long> rates = new ArrayList<>();
        for (String part : text.split(",")) {
            double rate = number("--rates", part.strip());
            if (rate < 1 || rate != Math.rint(rate)) {
                throw new IllegalArgumentException("--rates must list whole requests a second of at least 1, e.g. 5000,10000; got '" + part + "'");
            }
            rates.add((long) rate);
        }
        return List.copyOf(rates);
    }

    private static double number(String option, String text) {
        try {
            double value = Double.parseDouble(text);
            if (value <= 0 || Double.isNaN(value) || Double.isInfinite(value)) {
                throw new IllegalArgumentException(option + " must be positive, not '" + text + "'");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, not '" + text + "'", e);
        }
    }

    /**
     * The plan of the unreported warm-up step: the first rate for the warm-up's length.
     *
     * @return the warm-up's plan
     */
    public StepPlan warmupPlan() {
        return new StepPlan(rates.getFirst(), warmup, connections, timeout);
    }

    /**
     * The plan of the step at one rate.
     *
     * @param rate the attempted rate
     * @return the step's plan
     */
    public StepPlan plan(long rate) {
        return new StepPlan(rate, window, connections, timeout);
    }
}
