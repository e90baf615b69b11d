package dev.peregrine.queues.store.redis;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real redis-server, started by a test as a child process on a free port with its data in a
 * directory of the test's, and killed after. It keeps an append-only file ({@code appendonly yes})
 * and no snapshots. A few commands can be sent to it without a client library.
 */
public final class RedisServerProcess implements AutoCloseable {

    /** Where Debian's redis-server package puts the server. */
    static final Path REDIS_SERVER = Path.of("/usr/bin/redis-server");

    /** Where Debian's redis-server package (through redis-tools) puts the command-line client. */
    static final Path REDIS_CLI = Path.of("/usr/bin/redis-cli");

    private static final long START_TIMEOUT_MILLIS = 20_000;

    private final int port;
    private final Path directory;
    private final List<String> extraArgs;
    private Process process;

    private RedisServerProcess(int port, Path directory, List<String> extraArgs) {
        this.port = port;
        this.directory = directory;
        this.extraArgs = extraArgs;
    }

    /** Starts a server on a free port, its files in {@code directory}, and waits until it answers PING. */
    public static RedisServerProcess start(Path directory, String... extraArgs) {
        RedisServerProcess server = new RedisServerProcess(freePort(), directory, List.of(extraArgs));
        server.restart();
        return server;
    }

    /**
     * Fails with the fix when redis-server is not installed: these tests need the real server,
     * and a skipped test would pass for a store nobody ran.
     */
    static void requireInstalled() {
        for (Path binary : List.of(REDIS_SERVER, REDIS_CLI)) {
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException(binary + " is missing: the Redis store's tests run a real Redis;"
                        + " install it with: apt-get install -y redis-server");
            }
        }
    }

    /** Starts the server again, on the same port and from the same files (its append-only file included). */
    void restart() {
        requireInstalled();
        List<String> command = new ArrayList<>(List.of(REDIS_SERVER.toString(), "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "yes", "--dir", directory.toString(),
                "--daemonize", "no"));
        command.addAll(extraArgs);
        try {
            Files.createDirectories(directory);
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("redis.log").toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command, e);
        }
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (true) {
            try {
                if ("PONG".equals(command("PING"))) {
                    return;
                }
            } catch (IOException | IllegalStateException e) {
                // not listening yet, or still loading its append-only file
            }
            if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("redis-server on port " + port + " did not start: " + log());
            }
            sleep(20);
        }
    }

    /** The server's port. */
    int port() {
        return port;
    }

    /** Its files' directory. */
    Path directory() {
        return directory;
    }

    /** The store's address of this server. */
    public RedisAddress address() {
        return new RedisAddress.Server("127.0.0.1", port, 0);
    }

    /**
     * Sends one command and answers its reply as text (an array's elements one per line).
     *
     * @throws IllegalStateException with Redis's message when it answers an error
     */
    String command(String... parts) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder request = new StringBuilder("*").append(parts.length).append("\r\n");
            for (String part : parts) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                request.append('$').append(bytes.length).append("\r\n").append(part).append("\r\n");
            }
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            return readReply(new BufferedInputStream(socket.getInputStream()));
        }
    }

    /** {@link #command} for commands that must work. */
    String call(String... parts) {
        try {
            return command(parts);
        } catch (IOException e) {
            throw new UncheckedIOException("redis-server on port " + port + " did not answer " + List.of(parts), e);
        }
    }

    /** Deletes every key, so that the next test starts empty. */
    void flushAll() {
        call("FLUSHALL");
    }

    /** How many keys the server holds. */
    long keyCount() {
        return Long.parseLong(call("DBSIZE"));
    }

    /** How many members the sorted set {@code key} has. */
    public long sortedSetSize(String key) {
        return Long.parseLong(call("ZCARD", key));
    }

    /** Kills the server with SIGKILL, as a crash would, and waits until it is gone. */
    void kill() {
        process.toHandle().destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the server. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private String log() {
        try {
            return Files.readString(directory.resolve("redis.log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static String readReply(InputStream in) throws IOException {
        int type = in.read();
        String line = readLine(in);
        switch (type) {
            case '+', ':' -> {
                return line;
            }
            case '-' -> throw new IllegalStateException(line);
            case '$' -> {
                int length = Integer.parseInt(line);
                if (length < 0) {
                    return null;
                }
                String bulk = new String(in.readNBytes(length), StandardCharsets.UTF_8);
                readLine(in);
                return bulk;
            }
            case '*' -> {
                StringBuilder items = new StringBuilder();
                for (int i = 0, count = Integer.parseInt(line); i < count; i++) {
                    items.append(i == 0 ? "" : "\n").append(readReply(in));
                }
                return items.toString();
            }
            default -> throw new IOException("Not a Redis reply: " + (char) type + line);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != '\n'; ) {
            if (b < 0) {
                throw new IOException("Redis closed the connection");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    /** A free port whose cluster bus port (+10000) is free too. */
    public static int freePort() {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int port = socket.getLocalPort();
                if (port + 10_000 <= 65_535) {
                    try (ServerSocket bus = new ServerSocket(port + 10_000, 1, InetAddress.getLoopbackAddress())) {
                        return port;
                    } catch (IOException busTaken) {
                        // try another
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("No free port", e);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for redis-server", e);
        }
    }
}
