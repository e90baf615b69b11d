package dev.peregrine.netty;

import dev.peregrine.App;
import java.io.InputStream;

/**
 * A server run in a child JVM by the tests that need a process of its own: SIGTERM handling, and
 * uploads larger than the child's heap. Prints {@code PORT <n>} once it listens.
 */
public final class ChildServer {

    private ChildServer() {
    }

    /** Starts the server; {@code args[0]} is the max body size in bytes, {@code args[1]} (optional) the port. */
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
        PeregrineServer server = PeregrineServer.builder(app).port(port).maxBodySize(Long.parseLong(args[0]))
                .build().stopOnTermination().start();
        System.out.println("PORT " + server.port());
        System.out.flush();
    }
}
