import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * A stand-in peer for testing the harness: the contract's six endpoints on the JDK's own HTTP
 * server. With {@code -Dstandin.wrong=true} it answers /json wrongly, to show a peer being skipped.
 */
public final class StandInPeer {
    public static void main(String[] args) throws IOException {
        boolean wrong = Boolean.getBoolean("standin.wrong");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 1024);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> answer(exchange, wrong));
        server.start();
        System.err.println("stand-in peer listening on " + server.getAddress());
    }

    private static void answer(HttpExchange exchange, boolean wrong) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery();
        switch (path) {
            case "/plaintext" -> send(exchange, 200, "text/plain; charset=utf-8", "Hello, World!");
            case "/json" -> send(exchange, 200, "application/json",
                    "{\"message\": \"" + (wrong ? "Goodbye" : "Hello, World!") + "\"}");
            case "/queues/demo/messages" -> send(exchange, 200, "application/json",
                    listing("size=64k".equals(query) ? 700 : 11));
            case "/queues/demo/empty" -> {
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            }
            default -> compare(exchange, path);
        }
    }

    private static void compare(HttpExchange exchange, String path) throws IOException {
        String[] segments = path.split("/");
        int dots = segments.length == 6 ? segments[5].indexOf("...") : -1;
        if (dots < 0 || !segments[1].equals("repos") || !segments[4].equals("compare")) {
            send(exchange, 404, "application/json", "{\"title\": \"404 Not Found\"}");
            return;
        }
        send(exchange, 200, "application/json", "{\"org\": \"" + segments[2] + "\", \"repo\": \"" + segments[3]
                + "\", \"a\": \"" + segments[5].substring(0, dots) + "\", \"b\": \"" + segments[5].substring(dots + 3) + "\"}");
    }

    private static String listing(int count) {
        StringBuilder out = new StringBuilder("{\"messages\": [");
        for (int i = 0; i < count; i++) {
            String number = String.format("%04d", i);
            out.append(i == 0 ? "" : ", ").append("{\"id\": \"msg-").append(number).append("\", \"ttl\": 300, \"age\": ")
                    .append(i).append(", \"body\": {\"event\": \"BackupStarted\", \"backup_id\": \"backup-")
                    .append(number).append("\", \"size\": ").append(1024 * i).append("}}");
        }
        return out.append("]}").toString();
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
