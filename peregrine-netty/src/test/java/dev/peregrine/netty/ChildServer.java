package dev.peregrine.netty;

import dev.peregrine.App;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A server run in a child JVM by the tests that need a process of its own: SIGTERM handling,
 * uploads larger than the child's heap, TLS reloads on SIGHUP. Prints {@code PORT <n>} once it listens.
 */
public final class ChildServer {

    private ChildServer() {
    }

    /**
     * Starts the server; {@code args[0]} is the max body size in bytes, {@code args[1]} (optional)
     * the port, {@code args[2]} and {@code args[3]} (optional) the TLS certificate chain and key
     * files, which are then reloaded on SIGHUP only.
     */
    public static void main(String[] args) {
        App app = new App();
        app.get("/slow", (req, resp) -> {
            System.out.println("STARTED");
            System.out.flush();
            Thread.sleep(1500);
            resp.text("done");
        });
        app.post("/count", (req, resp) -> {
            InputStream body = req.stream();
            byte[] buffer = new byte[64 * 1024];
            long count = 0;
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                count += n;
            }
            resp.text(Long.toString(count));
        });
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        ServerBuilder builder = PeregrineServer.builder(app).port(port).maxBodySize(Long.parseLong(args[0]));
        if (args.length > 3) {
            builder.tls(TlsSettings.of(Path.of(args[2]), Path.of(args[3])).withFileCheckInterval(Duration.ZERO));
        }
        PeregrineServer server = builder.build().stopOnTermination().start();
        System.out.println("PORT " + server.port());
        System.out.flush();
    }
}
