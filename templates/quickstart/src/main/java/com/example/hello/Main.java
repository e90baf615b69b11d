package com.example.hello;

import dev.peregrine.netty.PeregrineServer;

/** Serves {@link HelloApp} over HTTP on the port given as the first argument (8000 by default; 0 picks a free one). */
public final class Main {

    private Main() {
    }

    /** Starts the server and prints its address; it then runs until SIGTERM or Ctrl-C. */
    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8000;
        PeregrineServer server = PeregrineServer.builder(HelloApp.create())
                .port(port)
                .build()
                .stopOnTermination()    // SIGTERM or Ctrl-C: finish the requests in flight, exit 0
                .start();
        System.out.println("Listening on " + server.url() + " (try " + server.url() + "greetings/Ada)");
    }
}
