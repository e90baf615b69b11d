package dev.peregrine.netty.internal;

import dev.peregrine.Response;
import io.netty.buffer.ByteBufAllocator;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection's ready requests, served in order on a worker thread. Responses go out through the
 * connection's outbox; the last step posted hands the connection back to its event loop, either
 * to take the next batch or to close.
 */
final class RequestBatch implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(RequestBatch.class);

    private final List<PendingRequest> requests;
    private final ServerContext server;
    private final Outbox outbox;
    private final ByteBufAllocator alloc;
    private final BooleanSupplier draining;
    private final Runnable done;
    private final Runnable closeAfter;

    RequestBatch(List<PendingRequest> requests, ServerContext server, Outbox outbox, ByteBufAllocator alloc,
            BooleanSupplier draining, Runnable done, Runnable closeAfter) {
        this.requests = requests;
        this.server = server;
        this.outbox = outbox;
        this.alloc = alloc;
        this.draining = draining;
        this.done = done;
        this.closeAfter = closeAfter;
    }

    @Override
    public void run() {
        boolean close = false;
        for (PendingRequest request : requests) {
            if (close || outbox.isClosed()) {
                request.abandon(server);
                continue;
            }
            try {
                Response resp = server.sender.respond(request);
                close = server.sender.post(outbox, alloc, request, resp, draining.getAsBoolean());
            } catch (RuntimeException | Error e) {
                LOG.error("{} {} => the server failed to send the response", request.exchange.method(),
                        request.exchange.target(), e);
                close = true;
            }
            request.finish(server);
        }
        outbox.post(close ? closeAfter : done);
    }
}
