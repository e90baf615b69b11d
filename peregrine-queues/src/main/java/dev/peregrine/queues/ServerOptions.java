package dev.peregrine.queues;

import dev.peregrine.netty.Dispatch;
import dev.peregrine.queues.store.redis.RedisPostMode;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link QueuesServer} runs with, from flags, else environment variables, else defaults.
 * Each flag is {@code --name value} or {@code --name=value}.
 *
 * @param store where the queues live
 * @param redisPost how the Redis store posts messages (ignored by the SQLite store)
 * @param host the address to listen on
 * @param port the port to listen on
 * @param dispatch where responders run
 * @param tokens the tokens file, or {@code null} for no authentication
 * @param tlsCertificate the PEM certificate chain to serve HTTPS with, or {@code null} for plain HTTP
 * @param tlsKey the PEM private key of {@code tlsCertificate}, or {@code null} for plain HTTP
 * @param help whether {@code --help} was asked for
 */
public record ServerOptions(StoreLocation store, RedisPostMode redisPost, String host, int port, Dispatch dispatch, Path tokens,
        Path tlsCertificate, Path tlsKey, boolean help) {

    /** The flags, each with its environment variable, default and meaning; {@code --help} lists them in this order. */
    public enum Flag {
        /** The store. */
        STORE("--store", "PEREGRINE_QUEUES_STORE", "sqlite:queues-data",
                "where the queues live: sqlite:DIRECTORY (created when missing), redis://HOST:PORT[/DB] or"
                        + " redis-cluster://HOST:PORT[,HOST:PORT...]"),
        /** The Redis store's post mode. */
        REDIS_POST("--redis-post", "PEREGRINE_QUEUES_REDIS_POST", "lua",
                "how the Redis store posts: lua (one script), watch-multi (optimistic transactions, retried;"
                        + " redis:// only) or lua-single-zadds"),
        /** The host. */
        HOST("--host", "PEREGRINE_QUEUES_HOST", "127.0.0.1", "the address to listen on; 0.0.0.0 for every interface"),
        /** The port. */
        PORT("--port", "PEREGRINE_QUEUES_PORT", "8888", "the port to listen on; 0 picks a free one"),
        /** The dispatch mode. */
        DISPATCH("--dispatch", "PEREGRINE_QUEUES_DISPATCH", "VIRTUAL_THREADS",
                "where requests are handled: VIRTUAL_THREADS, INLINE or POOL"),
        /** The tokens file. */
        TOKENS("--tokens", "PEREGRINE_QUEUES_TOKENS", null,
                "a file of project:salt:hash lines (see hash-token); without it anyone who can reach the port may"
                        + " use every project"),
        /** The TLS certificate chain. */
        TLS_CERT("--tls-cert", "PEREGRINE_QUEUES_TLS_CERT", null,
                "serve HTTPS with this PEM certificate chain (with --tls-key); both are read again when they"
                        + " change and on SIGHUP"),
        /** The TLS private key. */
        TLS_KEY("--tls-key", "PEREGRINE_QUEUES_TLS_KEY", null, "the PEM private key (PKCS#8, unencrypted) of --tls-cert");

        final String flag;
        final String env;
        final String defaultValue;
        final String meaning;

        Flag(String flag, String env, String defaultValue, String meaning) {
            this.flag = flag;
            this.env = env;
            this.defaultValue = defaultValue;
            this.meaning = meaning;
        }
    }

    /**
     * Reads {@code args}, falling back on {@code env}.
     *
     * @throws IllegalArgumentException naming the flag or variable that is wrong and the fix
     */
    public static ServerOptions parse(String[] args, Map<String, String> env) {
        Map<Flag, String> given = new EnumMap<>(Flag.class);
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
                continue;
            }
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument '" + arg + "'; flags start with --,"
                        + " and --help lists them");
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            Flag flag = flag(name);
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(name + " needs a value, for example " + name + " "
                        + (flag.defaultValue == null ? "FILE" : flag.defaultValue));
            }
            given.put(flag, value);
        }
        for (Flag flag : Flag.values()) {
            if (!given.containsKey(flag) && env.get(flag.env) != null && !env.get(flag.env).isBlank()) {
                given.put(flag, env.get(flag.env));
            }
        }
        String tokens = given.get(Flag.TOKENS);
        checkTlsPair(given);
        return new ServerOptions(store(value(given, Flag.STORE)), redisPost(value(given, Flag.REDIS_POST)),
                value(given, Flag.HOST), port(value(given, Flag.PORT)),
                dispatch(value(given, Flag.DISPATCH)), tokens == null ? null : Path.of(tokens),
                path(given, Flag.TLS_CERT), path(given, Flag.TLS_KEY), help);
    }

    /** The help text: usage, then every flag with its variable and default. */
    public static String usage() {
        StringBuilder text = new StringBuilder("""
                Usage: QueuesServer [flags]            serve the Zaqar v2 API
                       QueuesServer hash-token PROJECT  make a token for PROJECT: the token on stderr,
                                                        its tokens-file line on stdout

                Flags (each also --flag=value; a flag wins over its environment variable):
                """);
        for (Flag flag : Flag.values()) {
            text.append(String.format(Locale.ROOT, "  %-12s %-27s %s%n", flag.flag, flag.env,
                    flag.meaning + (flag.defaultValue == null ? "" : " (default " + flag.defaultValue + ")")));
        }
        text.append(String.format(Locale.ROOT, "  %-12s %-27s %s%n", "--help", "", "print this and exit"));
        return text.toString();
    }

    private static Flag flag(String name) {
        for (Flag flag : Flag.values()) {
            if (flag.flag.equals(name)) {
                return flag;
            }
        }
        StringBuilder known = new StringBuilder();
        for (Flag flag : Flag.values()) {
            known.append(known.isEmpty() ? "" : ", ").append(flag.flag);
        }
        throw new IllegalArgumentException("Unknown flag " + name + "; the flags are " + known + " and --help");
    }

    private static Path path(Map<Flag, String> given, Flag flag) {
        String value = given.get(flag);
        return value == null ? null : Path.of(value);
    }

    /** HTTPS needs both the certificate and its key; one alone is a mistake, not plain HTTP. */
    private static void checkTlsPair(Map<Flag, String> given) {
        boolean certificate = given.containsKey(Flag.TLS_CERT);
        if (certificate != given.containsKey(Flag.TLS_KEY)) {
            Flag present = certificate ? Flag.TLS_CERT : Flag.TLS_KEY;
            Flag missing = certificate ? Flag.TLS_KEY : Flag.TLS_CERT;
            throw new IllegalArgumentException(present.flag + " (or " + present.env + ") needs " + missing.flag + " FILE (or "
                    + missing.env + ") too: HTTPS takes the certificate chain and its private key; give neither for plain HTTP");
        }
    }

    private static String value(Map<Flag, String> given, Flag flag) {
        return given.getOrDefault(flag, flag.defaultValue);
    }

    private static StoreLocation store(String text) {
        try {
            return StoreLocation.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " (from --store or " + Flag.STORE.env + ")", e);
        }
    }

    private static RedisPostMode redisPost(String text) {
        try {
            return RedisPostMode.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " (from --redis-post or " + Flag.REDIS_POST.env + ")", e);
        }
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("The port must be a number from 0 to 65535, such as 8888; got '" + text
                + "' (from --port or " + Flag.PORT.env + ")");
    }

    private static Dispatch dispatch(String text) {
        try {
            return Dispatch.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The dispatch must be VIRTUAL_THREADS, INLINE or POOL; got '" + text
                    + "' (from --dispatch or " + Flag.DISPATCH.env + ")");
        }
    }
}
