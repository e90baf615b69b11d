package dev.peregrine.reliability.probes;

import dev.peregrine.App;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Map;

/**
 * The app the probes attack: the endpoints of a typical API (plain text, JSON, an upload, a large
 * streamed download, a slow responder) and {@code GET /diagnostics}, the server's view of itself.
 */
final class ProbeApp {

    /** Text of {@code GET /plaintext}. */
    static final String HELLO = "Hello, World!";

    private ProbeApp() {
    }

    static App create(ServerGauges gauges) {
        App app = new App();
        app.get("/plaintext", (req, resp) -> resp.text(HELLO));
        app.get("/json", (req, resp) -> resp.media(Map.of("message", HELLO)));
        app.post("/echo", (req, resp) -> {
            gauges.uploadsReading.incrementAndGet();
            long count;
            try {
                count = req.stream().transferTo(OutputStream.nullOutputStream());
            } finally {
                gauges.uploadsReading.decrementAndGet();
            }
            resp.text(Long.toString(count));
        });
        app.get("/stream", (req, resp) -> {
            long bytes = Long.parseLong(req.param("bytes", "1048576"));
            resp.contentType("application/octet-stream").stream(new PatternStream(bytes, gauges), bytes);
        });
        app.get("/slow", (req, resp) -> {
            Thread.sleep(req.paramAsInt("ms", 200, 0, 60_000));
            resp.text("slow");
        });
        app.get("/diagnostics", (req, resp) -> resp.media(gauges.read(req.paramAsBool("gc", false, true))));
        return app;
    }

    /** {@code length} bytes of a repeating pattern, made as they are read, so no body is held whole. */
    private static final class PatternStream extends InputStream {
        private long left;
        private final ServerGauges gauges;
        private boolean closed;

        PatternStream(long length, ServerGauges gauges) {
            this.left = length;
            this.gauges = gauges;
            gauges.streamsOpen.incrementAndGet();
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            Arrays.fill(buffer, offset, offset + n, (byte) 'x');
            left -= n;
            return n;
        }

        @Override
        public synchronized void close() throws IOException {
            if (!closed) {
                closed = true;
                gauges.streamsOpen.decrementAndGet();
            }
        }
    }
}
