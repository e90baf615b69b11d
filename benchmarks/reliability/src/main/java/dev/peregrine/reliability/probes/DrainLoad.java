package dev.peregrine.reliability.probes;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpResponseDecoder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Keep-alive clients that keep a server busy until it stops: each of a set of connections sends a
 * request of a weighted mix as soon as the last was answered, and a connection that ends is
 * replaced until the server refuses new ones. Every request's fate is counted, before and after
 * {@link #terminating()}: answered 200, refused 503 with {@code Connection: close}, or lost. A
 * request lost on a connection the server had answered on less than the drain grace before is one
 * the server accepted and dropped; lost before a connection's first answer, it sat in the accept
 * queue when the listener closed. Event loop only.
 */
final class DrainLoad {

    /**
     * What the clients saw.
     *
     * @param okBeforeTerm 200s before SIGTERM
     * @param okAfterTerm 200s after it
     * @param unavailable 503s with {@code Connection: close} (after SIGTERM)
     * @param inFlightAtTerm requests sent and not yet answered when SIGTERM was sent
     * @param lostUnaccepted requests lost before their connection's first answer (in the accept
     *     queue when the listener closed)
     * @param lostAfterGrace requests sent on a connection idle for longer than the drain grace, and lost
     * @param refusedConnects connects refused after SIGTERM (the listener closed)
     * @param errors unexpected statuses or bodies, 503s without {@code Connection: close}, requests
     *     lost within the drain grace, connects that failed before SIGTERM
     * @param problems the first few errors, described
     */
    record Tally(long okBeforeTerm, long okAfterTerm, long unavailable, int inFlightAtTerm, long lostUnaccepted,
            long lostAfterGrace, long refusedConnects, long errors, List<String> problems) {
    }

    private final EventLoop loop;
    private final Bootstrap bootstrap;
    private final int port;
    private final List<RequestKind> kinds;
    private final int totalWeight;
    private final long drainGraceNanos;
    private final int connections;
    private final Random random = new Random(3);
    private final Set<DrainConnection> open = new HashSet<>();
    private final List<String> problems = new ArrayList<>();
    private final CompletableFuture<Void> settled = new CompletableFuture<>();
    private boolean running = true;
    private boolean terminating;
    private int slotsLeft;
    private long termNanos;
    private long okBefore;
    private long okAfter;
    private long unavailable;
    private int inFlightAtTerm;
    private long lostUnaccepted;
    private long lostAfterGrace;
    private long refused;
    private long errors;

    DrainLoad(ClientLoop client, int port, List<RequestKind> kinds, int connections, long drainGraceNanos) {
        this.loop = client.next();
        this.bootstrap = client.bootstrap(loop);
        this.port = port;
        this.kinds = List.copyOf(kinds);
        this.totalWeight = kinds.stream().mapToInt(RequestKind::weight).sum();
        this.connections = connections;
        this.slotsLeft = connections;
        this.drainGraceNanos = drainGraceNanos;
    }

    void start() {
        loop.execute(() -> {
            for (int i = 0; i < connections; i++) {
                connect();
            }
        });
    }

    /** Answers received so far, 200 or not. */
    long answered() {
        return CompletableFuture.supplyAsync(() -> okBefore + okAfter + unavailable, loop).join();
    }

    /** SIGTERM is being sent now: from here on, refused connects end a client, and 503s are expected. */
    void terminating() {
        CompletableFuture.runAsync(() -> {
            terminating = true;
            termNanos = System.nanoTime();
            inFlightAtTerm = (int) open.stream().filter(DrainConnection::busy).count();
        }, loop).join();
    }

    /** Waits until every client has been refused (or {@code limitSeconds}), then closes what is left. */
    Tally await(long limitSeconds) {
        try {
            settled.get(limitSeconds, TimeUnit.SECONDS);
        } catch (Exception notAll) {
            // NOTE: what did not settle shows in the tally as clients still connected.
        }
        return CompletableFuture.supplyAsync(() -> {
            running = false;
            for (DrainConnection connection : List.copyOf(open)) {
                connection.close();
            }
            return new Tally(okBefore, okAfter, unavailable, inFlightAtTerm, lostUnaccepted, lostAfterGrace, refused, errors,
                    List.copyOf(problems));
        }, loop).join();
    }

    boolean running() {
        return running;
    }

    RequestKind nextKind() {
        int ticket = random.nextInt(totalWeight);
        for (RequestKind kind : kinds) {
            ticket -= kind.weight();
            if (ticket < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("the weights of the mix do not add up");
    }

    private void connect() {
        DrainConnection connection = new DrainConnection(this);
        bootstrap.clone().handler(new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel channel) {
                channel.pipeline().addLast(new HttpResponseDecoder(), connection);
            }
        }).connect("127.0.0.1", port).addListener(done -> {
            if (done.isSuccess()) {
                open.add(connection);
            } else if (terminating) {
                refused++;
                slotDone();
            } else {
                error("connect failed before SIGTERM: " + done.cause());
                slotDone();
            }
        });
    }

    private void slotDone() {
        if (--slotsLeft == 0) {
            settled.complete(null);
        }
    }

    void onAnswer(RequestKind kind, int status, boolean keepAlive, long bodyBytes) {
        if (status == 503 && terminating) {
            if (keepAlive) {
                error(kind.name() + ": 503 without Connection: close");
            } else {
                unavailable++;
            }
        } else if (status != kind.expectedStatus() || kind.expectedBodyBytes() >= 0 && bodyBytes != kind.expectedBodyBytes()) {
            error(kind.name() + ": status " + status + " with " + bodyBytes + " body bytes");
        } else if (terminating) {
            okAfter++;
        } else {
            okBefore++;
        }
    }

    /**
     * A request lost: its connection ended before its answer, {@code sinceLastAnswerNanos} after the
     * connection's previous answer reached this client and {@code closedAfterNanos} after it was sent.
     */
    void onLost(RequestKind kind, int answersBefore, long sinceLastAnswerNanos, long closedAfterNanos) {
        if (answersBefore == 0 && terminating) {
            lostUnaccepted++;
        } else if (answersBefore > 0 && terminating && sinceLastAnswerNanos > drainGraceNanos) {
            lostAfterGrace++;
        } else {
            error(kind.name() + ": connection closed before the answer, " + answersBefore + " answers on it, "
                    + sinceLastAnswerNanos / 1_000_000 + " ms after the last reached the client, closed "
                    + closedAfterNanos / 1_000_000 + " ms after it was sent" + (terminating ? ", after SIGTERM" : ", before SIGTERM"));
        }
    }

    void onClosed(DrainConnection connection) {
        open.remove(connection);
        if (running) {
            connect();
        }
    }

    private void error(String description) {
        errors++;
        if (problems.size() < 10) {
            problems.add(String.format("%+.3f s from SIGTERM: %s", termNanos == 0 ? 0 : (System.nanoTime() - termNanos) / 1e9,
                    description));
        }
    }
}
