package dev.peregrine.internal.pipeline;

import dev.peregrine.App;
import dev.peregrine.spi.HttpExchange;
import dev.peregrine.spi.RenderedResponse;
import dev.peregrine.spi.ResponseBody;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer when answering itself failed: the error handlers or the error serializer threw, or
 * the error could not be rendered. A fixed 500 with Falcon's error body, built without anything
 * that could fail again.
 */
public final class LastResortResponse {

    private static final Logger LOG = LoggerFactory.getLogger("dev.peregrine.App");
    private static final byte[] BODY = "{\"title\":\"500 Internal Server Error\"}".getBytes(StandardCharsets.US_ASCII);
    private static final String LENGTH = Integer.toString(BODY.length);

    private LastResortResponse() {
    }

    /** Logs {@code failure} and returns the fixed 500 (without a body for HEAD). */
    public static RenderedResponse answer(HttpExchange exchange, Throwable failure) {
        boolean head = false;
        try {
            head = "HEAD".equals(exchange.method());
            LOG.error("{} {} => answering the request failed too; sending the last-resort 500",
                    exchange.method(), exchange.target(), failure);
        } catch (Throwable logging) {
            // NOTE: even a failing logger (or exchange) must not stop the answer.
        }
        // NOTE: fresh arrays each time: a RenderedResponse owns its arrays.
        return new RenderedResponse(500, new String[] {"Content-Type", "Content-Length"},
                new String[] {"application/json", LENGTH}, 2,
                head ? ResponseBody.NONE : new ResponseBody.Bytes(BODY), false);
    }
}
