package dev.peregrine.bench.queues;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads the command line into {@link BenchOptions}, one option at a time over the defaults. Every
 * error names the option, the value given and what it takes; {@link #USAGE} is what {@code --help}
 * prints.
 */
final class BenchOptionsParser {
    /** The {@code --help} text: every option, its short form and its default. */
    static final String USAGE = """
            usage: queues-bench [options]

            zaqar-bench for any Zaqar v2 API: producers post one message per request, consumers claim
            messages and delete each with its claim id, observers list messages page by page. Every
            request goes to a random queue among <prefix>-0 .. <prefix>-(qno-1).

            Actors (zaqar-bench forks processes of gevent workers; here every actor is one keep-alive
            connection on a shared event loop, so processes only multiply: actors = processes × workers)
              -pp, --producer-processes N   producer processes                        (default 1)
              -pw, --producer-workers N     producers per process                     (default 10)
              -cp, --consumer-processes N   consumer processes                        (default 1)
              -cw, --consumer-workers N     consumers per process; 0 turns them off   (default 0)
              -op, --observer-processes N   observer processes                        (default 1)
              -ow, --observer-workers N     observers per process                     (default 5)

            What they do
              -t,   --time S                seconds of counted requests               (default 5)
              -qno, --num-queues N          queues                                    (default 4)
              -cno, --messages-per-claim N  each claim's limit, 1..20                 (default 5)
              -lno, --messages-per-list N   each listing's limit, 1..20               (default 5)
              -m,   --messages-path FILE    zaqar-bench's weighted messages, a JSON list of
                                            {"weight": w, "doc": {"body": ..., "ttl": ...}}
                                            (default: one built-in message with ttl 60)
              --observer-include-claimed B  observers list with include_claimed=true (default true).
                                            Set false against Zaqar's Redis driver: it answers 503 to
                                            include_claimed on a listing without a marker, which is
                                            every observer's first page of each queue.

            Where
              -s, --server-url URL          the server, http://host[:port]            (default http://localhost:8888)
              -q, --queue-prefix NAME       queue name prefix                         (default ogre-test-queue)
              --project ID                  X-Project-ID                              (default my-lovely-benchmark)
              --token TOKEN                 sent as X-Auth-Token                      (default: none)
              --skip-queue-reset            keep the queues; otherwise each is deleted and recreated first

            How
              --warmup S                    seconds of requests before counting starts (default 0)
              --timeout S                   an unanswered request counts as a timeout after S seconds and
                                            its connection is replaced                (default 10)
              --io-threads N                event loop threads shared by all actors   (default 1)

            Output
              --json                        print one JSON document instead of text
              --report DIR                  also write DIR/summary.md, results.json and report.html
                                            (benchmarks/queues-bench/run adds report.png when
                                            /usr/bin/chromium exists)
              -h, --help                    print this and exit

            A progress line goes to standard error every second: seconds since the start, each role's
            successful requests per second so far, errors so far.
            Exit status: 0 after a run, even with errors (they are in the output); 1 when the server
            cannot be reached or the queues cannot be reset; 2 for a bad command line.
            """;

    private final BenchOptions defaults;

    BenchOptionsParser(BenchOptions defaults) {
        this.defaults = defaults;
    }

    BenchOptions parse(String... arguments) {
        BenchOptions d = defaults;
        int pp = d.producerProcesses(), pw = d.producerWorkers(), cp = d.consumerProcesses(), cw = d.consumerWorkers();
        int op = d.observerProcesses(), ow = d.observerWorkers(), qno = d.queueCount();
        int cno = d.messagesPerClaim(), lno = d.messagesPerList(), ioThreads = d.ioThreads();
        Duration time = d.time(), warmup = d.warmup(), timeout = d.timeout();
        URI server = d.serverUrl();
        String prefix = d.queuePrefix(), project = d.project();
        Optional<Path> messages = d.messagesFile(), report = d.reportFolder();
        Optional<String> token = d.token();
        boolean skipReset = d.skipQueueReset(), includeClaimed = d.observerIncludeClaimed(), json = d.json();
        boolean help = false;

        for (int i = 0; i < arguments.length; i++) {
            String name = arguments[i];
            String option = canonical(name);
            switch (option) {
                case "--skip-queue-reset" -> skipReset = true;
                case "--json" -> json = true;
                case "--help" -> help = true;
                default -> {
                    if (i + 1 >= arguments.length) {
                        throw unknownOrMissing(name, option);
                    }
                    String value = arguments[++i];
                    switch (option) {
                        case "--producer-processes" -> pp = count(name, value, 0);
                        case "--producer-workers" -> pw = count(name, value, 0);
                        case "--consumer-processes" -> cp = count(name, value, 0);
                        case "--consumer-workers" -> cw = count(name, value, 0);
                        case "--observer-processes" -> op = count(name, value, 0);
                        case "--observer-workers" -> ow = count(name, value, 0);
                        case "--num-queues" -> qno = count(name, value, 1);
                        case "--messages-per-claim" -> cno = perRequest(name, value);
                        case "--messages-per-list" -> lno = perRequest(name, value);
                        case "--io-threads" -> ioThreads = count(name, value, 1);
                        case "--time" -> time = seconds(name, value, false);
                        case "--warmup" -> warmup = seconds(name, value, true);
                        case "--timeout" -> timeout = seconds(name, value, false);
                        case "--server-url" -> server = serverUrl(name, value);
                        case "--queue-prefix" -> prefix = value;
                        case "--project" -> project = value;
                        case "--token" -> token = Optional.of(value);
                        case "--messages-path" -> messages = Optional.of(Path.of(value));
                        case "--report" -> report = Optional.of(Path.of(value));
                        case "--observer-include-claimed" -> includeClaimed = bool(name, value);
                        default -> throw unknownOrMissing(name, option);
                    }
                }
            }
        }
        BenchOptions options = new BenchOptions(pp, pw, cp, cw, op, ow, time, server, prefix, qno, cno, lno, messages,
                skipReset, warmup, project, token, includeClaimed, timeout, ioThreads, json, report, help);
        return help ? options : options.validated();
    }

    /** Maps a short form or a long one with {@code _} to the long form with {@code -}. */
    private static String canonical(String name) {
        return switch (name) {
            case "-pp" -> "--producer-processes";
            case "-pw" -> "--producer-workers";
            case "-cp" -> "--consumer-processes";
            case "-cw" -> "--consumer-workers";
            case "-op" -> "--observer-processes";
            case "-ow" -> "--observer-workers";
            case "-t" -> "--time";
            case "-s" -> "--server-url";
            case "-q" -> "--queue-prefix";
            case "-qno" -> "--num-queues";
            case "-cno" -> "--messages-per-claim";
            case "-lno" -> "--messages-per-list";
            case "-m" -> "--messages-path";
            case "-h" -> "--help";
            default -> name.startsWith("--") ? "--" + name.substring(2).replace('_', '-') : name;
        };
    }

    private static IllegalArgumentException unknownOrMissing(String name, String option) {
        if (USAGE.contains(" " + option + " ")) {
            return new IllegalArgumentException(name + " needs a value; see --help");
        }
        return new IllegalArgumentException("unknown option '" + name + "'; see --help for the options");
    }

    private static int count(String name, String value, int least) {
        try {
            int count = Integer.parseInt(value);
            if (count >= least) {
                return count;
            }
        } catch (NumberFormatException e) {
            // Falls through to the message below, which says what the option takes.
        }
        throw new IllegalArgumentException(name + " '" + value + "' must be a whole number of at least " + least);
    }

    private static int perRequest(String name, String value) {
        int count = count(name, value, 1);
        if (count > BenchOptions.MAX_PER_REQUEST) {
            throw new IllegalArgumentException(name + " '" + value + "' must be at most " + BenchOptions.MAX_PER_REQUEST
                    + ", Zaqar's limit on messages per claim and per page");
        }
        return count;
    }

    private static Duration seconds(String name, String value, boolean zeroAllowed) {
        try {
            double seconds = Double.parseDouble(value);
            if (Double.isFinite(seconds) && (seconds > 0 || zeroAllowed && seconds == 0)) {
                return Duration.ofNanos(Math.round(seconds * 1e9));
            }
        } catch (NumberFormatException e) {
            // Falls through to the message below, which says what the option takes.
        }
        throw new IllegalArgumentException(name + " '" + value + "' must be a number of seconds "
                + (zeroAllowed ? "of at least 0" : "above 0") + ", e.g. 5 or 2.5");
    }

    private static URI serverUrl(String name, String value) {
        try {
            URI uri = new URI(value);
            boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
            if ("http".equals(uri.getScheme()) && uri.getHost() != null && bare && uri.getRawQuery() == null) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // Falls through to the message below, which shows the form it takes.
        }
        throw new IllegalArgumentException(name + " '" + value + "' must be http://host[:port] with no path, "
                + "e.g. http://localhost:8888 (https is not supported)");
    }

    private static boolean bool(String name, String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException(name + " '" + value + "' must be true or false");
        };
    }
}
