package dev.peregrine.queues.api.json;

import dev.peregrine.errors.HttpError;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * A request body that fails once more than {@code limit} bytes arrived: how a chunked body, whose
 * length nobody announced, is held to a route's limit without reading it whole first.
 */
final class BoundedInputStream extends InputStream {

    private final InputStream body;
    private final long limit;
    private final Supplier<HttpError> tooLarge;
    private long count;

    BoundedInputStream(InputStream body, long limit, Supplier<HttpError> tooLarge) {
        this.body = body;
        this.limit = limit;
        this.tooLarge = tooLarge;
    }

    @Override
    public int read() throws IOException {
        int b = body.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = body.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(int n) {
        count += n;
        if (count > limit) {
            throw tooLarge.get();
        }
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
