package dev.peregrine.bench;

/**
 * How wrk loads a server: how many connections, and whether each carries one request
 * ({@code Connection: close}), many in turn (keep-alive), or many at once (pipelined).
 *
 * @param connections   concurrent connections
 * @param close         whether every request asks the server to close the connection
 * @param pipelineDepth requests written back to back on a connection before reading; 1 for none
 */
public record LoadShape(int connections, boolean close, int pipelineDepth) {
    /**
     * Validates the shape.
     *
     * @throws IllegalArgumentException for no connections, a depth below 1, or pipelining with close
     */
    public LoadShape {
        if (connections < 1 || pipelineDepth < 1) {
            throw new IllegalArgumentException("A load shape needs at least one connection and a depth of at least 1.");
        }
        if (close && pipelineDepth > 1) {
            throw new IllegalArgumentException("Pipelining needs keep-alive; drop close or the depth.");
        }
    }

    /** Keep-alive connections, one request in flight on each. */
    public static LoadShape keepAlive(int connections) {
        return new LoadShape(connections, false, 1);
    }

    /** A new connection for every request. */
    public static LoadShape closeEach(int connections) {
        return new LoadShape(connections, true, 1);
    }

    /** Keep-alive connections with {@code depth} requests written at once, as TechEmpower's plaintext test. */
    public static LoadShape pipelined(int connections, int depth) {
        return new LoadShape(connections, false, depth);
    }

    /** Returns a short label for reports, for example {@code keep-alive c64} or {@code pipelined16 c64}. */
    public String label() {
        String kind = close ? "close" : pipelineDepth > 1 ? "pipelined" + pipelineDepth : "keep-alive";
        return kind + " c" + connections;
    }

    /**
     * Reads a shape from its {@link #label()}.
     *
     * @param label for example {@code keep-alive c64}, {@code close c16} or {@code pipelined16 c64}
     * @return the shape
     * @throws IllegalArgumentException when the label is not of that form
     */
    public static LoadShape fromLabel(String label) {
        int space = label.indexOf(' ');
        if (space < 0 || !label.startsWith("c", space + 1)) {
            throw new IllegalArgumentException("'" + label + "' is not a kind and a connection count such as 'keep-alive c64'");
        }
        String kind = label.substring(0, space);
        int connections = positive(label.substring(space + 2), label);
        if (kind.equals("keep-alive")) {
            return keepAlive(connections);
        }
        if (kind.equals("close")) {
            return closeEach(connections);
        }
        if (kind.startsWith("pipelined")) {
            return pipelined(connections, positive(kind.substring("pipelined".length()), label));
        }
        throw new IllegalArgumentException("'" + kind + "' is no load shape; use keep-alive, close or pipelinedDEPTH");
    }

    private static int positive(String digits, String label) {
        int number;
        try {
            number = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            number = 0;
        }
        if (number < 1) {
            throw new IllegalArgumentException("'" + digits + "' in '" + label + "' is not a positive whole number");
        }
        return number;
    }
}
