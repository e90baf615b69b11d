package dev.peregrine.queues.store.sqlite;

import dev.peregrine.queues.store.NewMessage;
import dev.peregrine.queues.store.QueueId;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The child process of {@link SqliteCrashTest}: opens the store in the directory it is given,
 * prints {@value #READY}, then posts from many virtual threads until it is killed, printing
 * {@value #ACK} and the id of every message whose post has returned.
 */
public final class PostingUntilKilled {

    /** The queue it posts to. */
    static final QueueId QUEUE = new QueueId("crash", "acknowledged");

    /** The line printed once the store is open. */
    static final String READY = "ready";

    /** The start of each line that acknowledges a message. */
    static final String ACK = "ack ";

    private static final int POSTERS = 24;

    private PostingUntilKilled() {
    }

    /** Posts into the store in {@code args[0]} until killed. */
    public static void main(String[] args) {
        SqliteQueueStore store = SqliteQueueStore.open(Path.of(args[0]), Clock.systemUTC());
        PrintStream out = System.out;
        out.println(READY);
        out.flush();
        try (ExecutorService posters = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int p = 0; p < POSTERS; p++) {
                int poster = p;
                posters.submit(() -> {
                    for (long n = 0; ; n++) {
                        int count = 1 + (int) (n % 3);
                        List<String> ids = store.post(QUEUE, "child", Collections.nCopies(count,
                                new NewMessage("{\"poster\":" + poster + ",\"n\":" + n + "}", 3600, 0)));
                        // PrintStream writes each println whole, under its lock.
                        synchronized (out) {
                            for (String id : ids) {
                                out.println(ACK + id);
                            }
                            out.flush();
                        }
                    }
                });
            }
        }
    }
}
