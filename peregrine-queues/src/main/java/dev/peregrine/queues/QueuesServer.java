package dev.peregrine.queues;

import dev.peregrine.App;
import dev.peregrine.metrics.ConfiguredMetrics;
import dev.peregrine.netty.PeregrineServer;
import dev.peregrine.netty.ServerBuilder;
import dev.peregrine.netty.config.Configuration;
import dev.peregrine.queues.api.QueuesApp;
import dev.peregrine.queues.api.QueuesSettings;
import dev.peregrine.queues.auth.Pbkdf2TokenHasher;
import dev.peregrine.queues.auth.ProjectToken;
import dev.peregrine.queues.auth.TokenAuthenticator;
import dev.peregrine.queues.auth.TokenFile;
import dev.peregrine.queues.store.QueueStore;
import dev.peregrine.queues.store.StoreException;
import dev.peregrine.queues.store.redis.RedisPostMode;
import dev.peregrine.queues.store.redis.RedisQueueStore;
import dev.peregrine.queues.store.redis.RedisStoreSettings;
import dev.peregrine.queues.store.sqlite.SqliteQueueStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves Peregrine Queues: the Zaqar v2 API over an embedded SQLite store or Redis, over HTTP or
 * HTTPS. {@code --help} lists the flags; {@code hash-token PROJECT} makes an API token. SIGTERM or
 * Ctrl-C finishes the requests in flight, closes the store and exits 0; SIGHUP reloads the TLS
 * certificate.
 */
public final class QueuesServer {

    private static final Logger LOG = LoggerFactory.getLogger(QueuesServer.class);

    private QueuesServer() {
    }

    /** Runs the server, or the {@code hash-token} command; exits 2 on bad arguments, 1 when it cannot start. */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("hash-token")) {
            System.exit(hashToken(args));
        }
        ServerOptions options;
        try {
            options = ServerOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(ServerOptions.usage());
            return;
        }
        try {
            serve(options);
        } catch (RuntimeException e) {
            System.err.println("Peregrine Queues did not start: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void serve(ServerOptions options) {
        TokenAuthenticator tokens = null;
        if (options.tokens() != null) {
            List<ProjectToken> stored = TokenFile.read(options.tokens());
            tokens = new TokenAuthenticator(stored, new Pbkdf2TokenHasher(), TokenAuthenticator.DEFAULT_CACHE_SIZE);
            LOG.info("Token authentication is on: {} tokens for {} projects, from {}", stored.size(), tokens.projects(),
                    options.tokens().toAbsolutePath());
        }
        StoreLocation location = absolute(options.store());
        Clock clock = Clock.systemUTC();
        QueueStore store = open(location, options.redisPost(), clock);
        App app = tokens == null
                ? QueuesApp.create(store, clock, QueuesSettings.defaults())
                : QueuesApp.create(store, clock, QueuesSettings.defaults(), tokens);
        // NOTE: the termination handler stops the server and then exits; the store closes in a
        // shutdown hook, which runs on that exit, after the last request was answered.
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("peregrine-queues-close").unstarted(() -> {
            store.close();
            LOG.info("Closed the store {}", location);
        }));
        // NOTE: the server's own settings (PEREGRINE_IDLE_TIMEOUT, PEREGRINE_ACCESS_LOG,
        // PEREGRINE_METRICS_PORT, ...) beside the service's flags and their PEREGRINE_QUEUES_ variables.
        Configuration configuration = Configuration.fromEnvironment().ignoring("PEREGRINE_QUEUES_", "PEREGRINE_JAVA_OPTS");
        ServerBuilder builder = PeregrineServer.builder(app)
                .host(options.host())
                .port(options.port())
                .dispatch(options.dispatch())
                .configuration(configuration);
        if (options.tlsCertificate() != null) {
            builder.tls(options.tlsCertificate(), options.tlsKey());
        }
        Optional<ConfiguredMetrics> metrics = ConfiguredMetrics.install(configuration, app, builder);
        PeregrineServer server = builder.build();
        metrics.ifPresent(m -> m.start(server));
        server.stopOnTermination().start();
        System.out.println("Peregrine Queues serving the Zaqar v2 API at " + server.url() + "v2/ (store " + location + ")");
        if (tokens == null) {
            LOG.warn("Authentication is off: anyone who can reach {} can read and write every project's queues;"
                    + " start with --tokens FILE to require an X-Auth-Token", server.url());
        }
    }

    /** The store at {@code location}; its failure names the location and the fix. */
    private static QueueStore open(StoreLocation location, RedisPostMode redisPost, Clock clock) {
        try {
            return switch (location) {
                case StoreLocation.Sqlite sqlite -> SqliteQueueStore.open(sqlite.directory(), clock);
                case StoreLocation.Redis redis -> RedisQueueStore.open(redis.address(), clock,
                        RedisStoreSettings.defaults().withPostMode(redisPost));
            };
        } catch (StoreException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot open the store " + location + ": " + e.getMessage(), e);
        }
    }

    private static StoreLocation absolute(StoreLocation location) {
        return location instanceof StoreLocation.Sqlite sqlite
                ? new StoreLocation.Sqlite(sqlite.directory().toAbsolutePath()) : location;
    }

    /** {@code hash-token PROJECT}: prints a new token to stderr and its tokens-file line to stdout. */
    private static int hashToken(String[] args) {
        if (args.length != 2 || args[1].isEmpty()) {
            System.err.println("Usage: QueuesServer hash-token PROJECT  (the project is the X-Project-ID the token opens)");
            return 2;
        }
        SecureRandom random = new SecureRandom();
        String token = TokenAuthenticator.newToken(args[1], random);
        ProjectToken stored = TokenAuthenticator.stored(args[1], token, new Pbkdf2TokenHasher(), random);
        System.err.println("Token for project " + args[1] + " (shown once; send it as X-Auth-Token):");
        System.err.println(token);
        System.err.println("Add the line below (printed on stdout) to the tokens file:");
        System.out.println(stored.line());
        return 0;
    }
}
