package dev.peregrine.benchmarks.peers.model;

/** Reads the port every peer takes as its first argument; peers listen on 127.0.0.1 only. */
public final class PeerPort {

    /** The only address peers listen on. */
    public static final String HOST = "127.0.0.1";

    private PeerPort() {
    }

    /** The port in {@code args[0]}, or an exception naming the expected usage. */
    public static int fromArgs(String[] args, String peerName) {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: " + peerName + " PORT (the peer listens on " + HOST + ":PORT)");
        }
        try {
            int port = Integer.parseInt(args[0]);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The port must be a number from 1 to 65535, such as 8080; got '" + args[0] + "'");
        }
    }
}
