package dev.peregrine.reliability.probes;

import dev.peregrine.netty.PeregrineServer;

/**
 * The server the probes attack, run in a JVM of its own ({@link ServerProcess}) so that its
 * memory, threads, GC and exit status are its own. Arguments are {@link ServerLimits}; prints
 * {@code PORT <n>} once it listens, stops gracefully on SIGTERM, and prints the answers it counted
 * ({@link AnswerTally}) as it exits.
 */
public final class ProbeServerMain {

    private ProbeServerMain() {
    }

    /** Starts the server on a free port with the limits in {@code args} ({@code name=milliseconds}). */
    public static void main(String[] args) {
        ServerLimits limits = ServerLimits.parse(args);
        ServerGauges gauges = new ServerGauges();
        AnswerTally answers = new AnswerTally();
        PeregrineServer server = limits.applyTo(PeregrineServer.builder(ProbeApp.create(gauges)).port(0))
                .observer(answers).build();
        gauges.server(server);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            System.out.println(answers.line());
            System.out.flush();
        }));
        server.stopOnTermination().start();
        System.out.println("PORT " + server.port());
        System.out.flush();
    }
}
