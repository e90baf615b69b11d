package dev.peregrine.reliability.probes;

import dev.peregrine.App;
import dev.peregrine.netty.PeregrineServer;
import dev.peregrine.netty.ServerBuilder;
import dev.peregrine.netty.ServerSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The limits and timeouts the probe server runs with: the server's own defaults unless a probe
 * changes one. They travel to the child JVM as {@code name=milliseconds} arguments.
 *
 * @param headerReadTimeout from a request's first byte (or the connection's start) to the end of its headers
 * @param bodyReadTimeout longest gap between pieces of a request body
 * @param minBodyRate slowest average body rate in bytes per second after {@code bodyRateGrace}
 * @param bodyRateGrace how long a body may arrive slower than {@code minBodyRate} at first
 * @param writeTimeout longest time a client may take none of its response
 * @param idleTimeout how long a keep-alive connection may wait for its next request
 * @param maxConnections open connections beyond which new ones wait in the backlog
 * @param drainTimeout on stop, how long requests in flight may take
 * @param drainGrace on stop, how long a connection that just answered waits for a request on its way
 */
record ServerLimits(
        Duration headerReadTimeout,
        Duration bodyReadTimeout,
        long minBodyRate,
        Duration bodyRateGrace,
        Duration writeTimeout,
        Duration idleTimeout,
        int maxConnections,
        Duration drainTimeout,
        Duration drainGrace) {

    /** The server's defaults, read from an unconfigured {@link ServerBuilder} so they cannot drift from it. */
    static ServerLimits defaults() {
        ServerSettings server = PeregrineServer.builder(new App()).build().settings();
        return new ServerLimits(server.headerReadTimeout(), server.bodyReadTimeout(), server.minBodyRate(),
                server.bodyRateGrace(), server.writeTimeout(), server.idleTimeout(), server.maxConnections(),
                server.drainTimeout(), server.drainGrace());
    }

    /** These limits with every body and header clock set to {@code timeout}, for the fast runs. */
    ServerLimits withClientTimeouts(Duration timeout) {
        return new ServerLimits(timeout, timeout, minBodyRate, timeout, timeout, idleTimeout, maxConnections,
                drainTimeout, drainGrace);
    }

    ServerLimits withIdleTimeout(Duration timeout, int connections) {
        return new ServerLimits(headerReadTimeout, bodyReadTimeout, minBodyRate, bodyRateGrace, writeTimeout, timeout,
                connections, drainTimeout, drainGrace);
    }

    ServerLimits withDrainGrace(Duration grace) {
        return new ServerLimits(headerReadTimeout, bodyReadTimeout, minBodyRate, bodyRateGrace, writeTimeout, idleTimeout,
                maxConnections, drainTimeout, grace);
    }

    /** The child's command-line arguments. */
    List<String> toArgs() {
        List<String> args = new ArrayList<>();
        args.add("headerReadTimeout=" + headerReadTimeout.toMillis());
        args.add("bodyReadTimeout=" + bodyReadTimeout.toMillis());
        args.add("minBodyRate=" + minBodyRate);
        args.add("bodyRateGrace=" + bodyRateGrace.toMillis());
        args.add("writeTimeout=" + writeTimeout.toMillis());
        args.add("idleTimeout=" + idleTimeout.toMillis());
        args.add("maxConnections=" + maxConnections);
        args.add("drainTimeout=" + drainTimeout.toMillis());
        args.add("drainGrace=" + drainGrace.toMillis());
        return args;
    }

    /** Reads what {@link #toArgs()} wrote; a missing argument keeps its default. */
    static ServerLimits parse(String[] args) {
        ServerLimits d = defaults();
        Duration header = d.headerReadTimeout;
        Duration body = d.bodyReadTimeout;
        long rate = d.minBodyRate;
        Duration grace = d.bodyRateGrace;
        Duration write = d.writeTimeout;
        Duration idle = d.idleTimeout;
        int connections = d.maxConnections;
        Duration drain = d.drainTimeout;
        Duration drainGrace = d.drainGrace;
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("argument '" + arg + "' is not name=value");
            }
            String name = arg.substring(0, eq);
            long value = Long.parseLong(arg.substring(eq + 1));
            switch (name) {
                case "headerReadTimeout" -> header = Duration.ofMillis(value);
                case "bodyReadTimeout" -> body = Duration.ofMillis(value);
                case "minBodyRate" -> rate = value;
                case "bodyRateGrace" -> grace = Duration.ofMillis(value);
                case "writeTimeout" -> write = Duration.ofMillis(value);
                case "idleTimeout" -> idle = Duration.ofMillis(value);
                case "maxConnections" -> connections = Math.toIntExact(value);
                case "drainTimeout" -> drain = Duration.ofMillis(value);
                case "drainGrace" -> drainGrace = Duration.ofMillis(value);
                default -> throw new IllegalArgumentException("unknown server limit '" + name + "'");
            }
        }
        return new ServerLimits(header, body, rate, grace, write, idle, connections, drain, drainGrace);
    }

    /** Sets these limits on {@code builder}. */
    ServerBuilder applyTo(ServerBuilder builder) {
        return builder.headerReadTimeout(headerReadTimeout).bodyReadTimeout(bodyReadTimeout)
                .minBodyRate(minBodyRate, bodyRateGrace).writeTimeout(writeTimeout).idleTimeout(idleTimeout)
                .maxConnections(maxConnections).drainTimeout(drainTimeout).drainGrace(drainGrace);
    }
}
