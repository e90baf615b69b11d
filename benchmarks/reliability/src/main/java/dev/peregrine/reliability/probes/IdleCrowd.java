package dev.peregrine.reliability.probes;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpResponseDecoder;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Many {@link IdleConnection}s: opened at a bounded pace (so the server's accept backlog never
 * overflows), each answered once and then left idle until the probe closes them all. Event loop only.
 */
final class IdleCrowd {

    private static final long FILL_EVERY_MILLIS = 10;
    private static final int MAX_PENDING = 256;

    /**
     * @param opened connections opened
     * @param answered connections whose one request was answered 200
     * @param failed connects that failed, and requests answered otherwise or not at all
     * @param closedByServer connections the server closed before the probe did
     */
    record Tally(int opened, int answered, int failed, int closedByServer) {
    }

    private final EventLoop loop;
    private final Bootstrap bootstrap;
    private final int port;
    private final int target;
    private final Set<IdleConnection> idle = new HashSet<>();
    private final CompletableFuture<Void> allAnswered = new CompletableFuture<>();
    private ScheduledFuture<?> filling;
    private int started;
    private int pending;
    private int opened;
    private int answered;
    private int failed;
    private int closedByServer;

    IdleCrowd(ClientLoop client, int port, int connections) {
        this.loop = client.next();
        this.bootstrap = client.bootstrap(loop);
        this.port = port;
        this.target = connections;
    }

    /** Opens the connections; returns once each was answered or failed, or after {@code limitSeconds}. */
    Tally open(long limitSeconds) {
        loop.execute(() -> filling = loop.scheduleAtFixedRate(this::fill, 0, FILL_EVERY_MILLIS, TimeUnit.MILLISECONDS));
        try {
            allAnswered.get(limitSeconds, TimeUnit.SECONDS);
        } catch (Exception notAll) {
            // NOTE: the tally says how many made it.
        }
        return tally();
    }

    private void fill() {
        while (started < target && pending < MAX_PENDING) {
            started++;
            pending++;
            IdleConnection connection = new IdleConnection(this);
            bootstrap.clone().handler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel channel) {
                    channel.pipeline().addLast(new HttpResponseDecoder(), connection);
                }
            }).connect("127.0.0.1", port).addListener(done -> {
                if (done.isSuccess()) {
                    opened++;
                } else {
                    settle(false);
                }
            });
        }
        if (started == target) {
            filling.cancel(false);
        }
    }

    void onAnswered(IdleConnection connection, int status) {
        if (status == 200) {
            idle.add(connection);
        }
        settle(status == 200);
    }

    void onClosed(IdleConnection connection, boolean byServer) {
        idle.remove(connection);
        if (byServer) {
            closedByServer++;
            if (!connection.answered()) {
                settle(false);
            }
        }
    }

    private void settle(boolean ok) {
        pending--;
        if (ok) {
            answered++;
        } else {
            failed++;
        }
        if (answered + failed == target) {
            allAnswered.complete(null);
        }
    }

    Tally tally() {
        return CompletableFuture.supplyAsync(() -> new Tally(opened, answered, failed, closedByServer), loop).join();
    }

    /** Closes every connection still open. */
    void closeAll() {
        CompletableFuture.runAsync(() -> {
            List<IdleConnection> all = new ArrayList<>(idle);
            idle.clear();
            for (IdleConnection connection : all) {
                connection.close();
            }
        }, loop).join();
    }
}
