package dev.peregrine.netty.internal;

import dev.peregrine.spi.RenderedResponse;
import dev.peregrine.spi.ResponseBody;
import io.netty.buffer.ByteBufAllocator;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection's ready requests, served in order on a worker thread. Responses go out through the
 * connection's outbox; the last step posted hands the connection back to its event loop, to take
 * the next batch or to close.
 *
 * <p>When the client falls behind taking its responses, the worker stops answering and hands the
 * requests it has not started back to the connection, which serves them once the client catches
 * up: a client that pipelines requests and never reads holds at most one response beyond the
 * connection's outbound limit, and no thread.
 */
final class RequestBatch implements Runnable {

    /** Where a batch reports back, on the event loop. */
    interface Owner {
        /**
         * The batch ended.
         *
         * @param handedBack requests not started because the client is behind; empty when all were answered
         * @param close whether the connection must close now that its responses are written
         * @param cleanly whether it may close at once ({@link PendingRequest#closesCleanly})
         */
        void batchEnded(List<PendingRequest> handedBack, boolean close, boolean cleanly);
    }

    private static final Logger LOG = LoggerFactory.getLogger(RequestBatch.class);

    private final List<PendingRequest> requests;
    private final ServerContext server;
    private final Outbox outbox;
    private final ByteBufAllocator alloc;
    private final Owner owner;
    /** Set by the event loop when the server stops and this batch holds the connection's last requests. */
    private volatile boolean closeAtEnd;

    RequestBatch(List<PendingRequest> requests, ServerContext server, Outbox outbox, ByteBufAllocator alloc, Owner owner) {
        this.requests = requests;
        this.server = server;
        this.outbox = outbox;
        this.alloc = alloc;
        this.owner = owner;
    }

    /** Makes the batch's last response close the connection (the server is stopping). Any thread. */
    void closeAtEnd() {
        closeAtEnd = true;
    }

    @Override
    public void run() {
        boolean close = false;
        boolean cleanly = false;
        long posted = 0;
        List<PendingRequest> handedBack = List.of();
        int count = requests.size();
        server.batchStarted(count);
        for (int i = 0; i < count; i++) {
            PendingRequest request = requests.get(i);
            if (close || outbox.isClosed()) {
                request.abandon(server);
                continue;
            }
            if (i > 0 && (posted > Outbox.HIGH_WATER || outbox.congested())) {
                handedBack = handBack(i);
                break;
            }
            try {
                RenderedResponse answer = server.sender.respond(request);
                close = server.sender.post(outbox, alloc, request, answer, i == count - 1 && closeAtEnd);
                cleanly = close && request.closesCleanly;
                if (answer.body() instanceof ResponseBody.Bytes bytes) {
                    posted += bytes.bytes().length;
                }
                server.completed(request, answer);
            } catch (RuntimeException | Error e) {
                LOG.error("{} {} => the server failed to send the response", request.exchange.method(),
                        request.exchange.target(), e);
                close = true;
            }
            request.finish(server);
        }
        List<PendingRequest> rest = handedBack;
        boolean closing = close;
        boolean closingCleanly = cleanly;
        outbox.post((Runnable) () -> owner.batchEnded(rest, closing, closingCleanly));
    }

    /** The requests from {@code from} on, no longer counted as in flight: the connection takes them back. */
    private List<PendingRequest> handBack(int from) {
        List<PendingRequest> rest = new ArrayList<>(requests.subList(from, requests.size()));
        for (PendingRequest request : rest) {
            request.finish(server);
        }
        return rest;
    }
}
