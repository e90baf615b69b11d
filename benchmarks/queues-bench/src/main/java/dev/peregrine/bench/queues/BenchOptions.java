package dev.peregrine.bench.queues;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What one bench run does, read from zaqar-bench's command line: its options, short forms and
 * defaults, plus this tool's own ({@code --warmup}, {@code --json}, {@code --report} and the rest).
 * Use {@link #parse(String...)} to read a command line and {@link #defaults()} for none.
 *
 * @param producerProcesses      {@code -pp}: multiplies the producers (zaqar-bench forks processes; here
 *                               every producer is a connection on the event loop, so producers = pp × pw)
 * @param producerWorkers        {@code -pw}: producers per process
 * @param consumerProcesses      {@code -cp}
 * @param consumerWorkers        {@code -cw}: 0 turns consumers off, as in zaqar-bench
 * @param observerProcesses      {@code -op}
 * @param observerWorkers        {@code -ow}
 * @param time                   {@code -t}: how long requests are counted, after the warm-up
 * @param serverUrl              {@code -s}: the Zaqar v2 server, {@code http://host[:port]}
 * @param queuePrefix            {@code -q}: queues are named {@code <prefix>-0} to {@code <prefix>-(qno-1)}
 * @param queueCount             {@code -qno}
 * @param messagesPerClaim       {@code -cno}: each claim's {@code limit}
 * @param messagesPerList        {@code -lno}: each listing's {@code limit}
 * @param messagesFile           {@code -m}: zaqar-bench's weighted message file, empty for the built-in message
 * @param skipQueueReset         {@code --skip-queue-reset}: keep the queues instead of deleting and recreating them
 * @param warmup                 {@code --warmup}: requests sent before it ends are not counted
 * @param project                {@code --project}: the {@code X-Project-ID} header
 * @param token                  {@code --token}: sent as {@code X-Auth-Token} when present
 * @param observerIncludeClaimed {@code --observer-include-claimed}: whether listings pass {@code include_claimed=true}
 * @param timeout                {@code --timeout}: a request unanswered this long counts as a timeout
 * @param ioThreads              {@code --io-threads}: event loop threads all actors share
 * @param json                   {@code --json}: print one JSON document instead of text
 * @param reportFolder           {@code --report}: where to write summary.md, results.json and report.html
 * @param help                   {@code --help}: print the options and do nothing else
 */
public record BenchOptions(int producerProcesses, int producerWorkers, int consumerProcesses, int consumerWorkers,
                           int observerProcesses, int observerWorkers, Duration time, URI serverUrl,
                           String queuePrefix, int queueCount, int messagesPerClaim, int messagesPerList,
                           Optional<Path> messagesFile, boolean skipQueueReset, Duration warmup, String project,
                           Optional<String> token, boolean observerIncludeClaimed, Duration timeout, int ioThreads,
                           boolean json, Optional<Path> reportFolder, boolean help) {

    /** Zaqar's limit on a claim's or a listing's {@code limit} (§1.5: {@code max_messages_per_claim_or_pop}). */
    static final int MAX_PER_REQUEST = 20;
    /** Zaqar's limit on a queue name's length. */
    static final int MAX_QUEUE_NAME = 64;
    /** Zaqar's limit on a project id's length. */
    static final int MAX_PROJECT = 256;
    private static final Pattern QUEUE_NAME = Pattern.compile("[a-zA-Z0-9_\\-.]+");

    /** The options of a run given no arguments: zaqar-bench's defaults. */
    public static BenchOptions defaults() {
        return new BenchOptions(1, 10, 1, 0, 1, 5, Duration.ofSeconds(5), URI.create("http://localhost:8888"),
                "ogre-test-queue", 4, 5, 5, Optional.empty(), false, Duration.ZERO, "my-lovely-benchmark",
                Optional.empty(), true, Duration.ofSeconds(10), 1, false, Optional.empty(), false);
    }

    /**
     * Reads a command line. Long options take {@code -} or {@code _} between words, so zaqar-bench's
     * {@code --producer_workers} works as well as {@code --producer-workers}.
     *
     * @param arguments the arguments, each option followed by its value
     * @return the options, defaults filled in
     * @throws IllegalArgumentException naming the option, what was wrong and what it takes
     */
    public static BenchOptions parse(String... arguments) {
        return new BenchOptionsParser(defaults()).parse(arguments);
    }

    /** Checks the options against each other and Zaqar's limits; the parser calls it last. */
    BenchOptions validated() {
        if (producers() + consumers() + observers() == 0) {
            throw new IllegalArgumentException("no actors: producers (-pp × -pw), consumers (-cp × -cw) and observers "
                    + "(-op × -ow) are all 0; give at least one of them workers, e.g. -pw 10");
        }
        String lastQueue = queueName(queueCount - 1);
        if (!QUEUE_NAME.matcher(queuePrefix).matches() || lastQueue.length() > MAX_QUEUE_NAME) {
            throw new IllegalArgumentException("-q '" + queuePrefix + "': queue names must use only letters, digits, "
                    + "'_', '-' and '.', and '" + lastQueue + "' must be at most " + MAX_QUEUE_NAME + " characters");
        }
        if (project.isEmpty() || project.length() > MAX_PROJECT) {
            throw new IllegalArgumentException("--project must be 1 to " + MAX_PROJECT + " characters");
        }
        return this;
    }

    /** How many producers run: processes × workers. */
    public int producers() {
        return producerProcesses * producerWorkers;
    }

    /** How many consumers run: processes × workers. */
    public int consumers() {
        return consumerProcesses * consumerWorkers;
    }

    /** How many observers run: processes × workers. */
    public int observers() {
        return observerProcesses * observerWorkers;
    }

    /** How many actors of a role run. */
    public int actors(Role role) {
        return switch (role) {
            case PRODUCER -> producers();
            case CONSUMER -> consumers();
            case OBSERVER -> observers();
        };
    }

    /** The name of queue {@code index}: {@code <prefix>-<index>}. */
    public String queueName(int index) {
        return queuePrefix + "-" + index;
    }

    /** The server's host, for connecting. */
    public String host() {
        return serverUrl.getHost();
    }

    /** The server's port, 80 when the URL names none. */
    public int port() {
        return serverUrl.getPort() == -1 ? 80 : serverUrl.getPort();
    }

    /** The base every request path is appended to: the URL without a trailing slash. */
    public String base() {
        String url = serverUrl.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
