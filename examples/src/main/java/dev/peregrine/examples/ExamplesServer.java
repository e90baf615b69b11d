package dev.peregrine.examples;

import dev.peregrine.App;
import dev.peregrine.netty.Dispatch;
import dev.peregrine.netty.PeregrineServer;
import java.util.Locale;

/**
 * Serves Falcon's introduction examples ({@link ExamplesApp#create()}) over HTTP and prints the URL.
 *
 * <p>Arguments, all optional: the port (default 8000), then the host (default {@code 127.0.0.1}),
 * then the dispatch mode ({@code VIRTUAL_THREADS}, {@code INLINE} or {@code POOL}). SIGTERM or
 * Ctrl-C stops it gracefully, with exit status 0.
 */
public final class ExamplesServer {

    private ExamplesServer() {
    }

    /** Starts the server; see the class description for the arguments. */
    public static void main(String[] args) {
        int port = args.length > 0 ? parsePort(args[0]) : 8000;
        String host = args.length > 1 ? args[1] : "127.0.0.1";
        Dispatch dispatch = args.length > 2 ? parseDispatch(args[2]) : Dispatch.VIRTUAL_THREADS;
        App app = ExamplesApp.create();
        // tag::serve[]
        PeregrineServer server = PeregrineServer.builder(app)
                .host(host)
                .port(port)
                .dispatch(dispatch)               // VIRTUAL_THREADS (default), INLINE or POOL
                .build()
                .stopOnTermination()              // SIGTERM/Ctrl-C: drain in-flight requests, exit 0
                .start();                         // logs transport, address, dispatch and limits
        // end::serve[]
        System.out.println("Serving Falcon's introduction examples at " + server.url() + "things"
                + " (token for /{userId}/things: " + ExamplesApp.DEMO_TOKEN + "); Ctrl-C stops.");
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The port must be a number such as 8000; got '" + text + "'");
        }
    }

    private static Dispatch parseDispatch(String text) {
        try {
            return Dispatch.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The dispatch mode must be VIRTUAL_THREADS, INLINE or POOL; got '" + text + "'");
        }
    }
}
