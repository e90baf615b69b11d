package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * The conformance cases through the server on a real socket. Each test's requests share one
 * keep-alive connection, so every case also checks that the connection stays usable.
 */
class SocketConformanceTest extends ConformanceSuite {

    private static PeregrineServer server;
    private RawHttpClient connection;

    @BeforeAll
    static void startServer() {
        server = PeregrineServer.builder(ConformanceApp.create()).port(0).build().start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @AfterEach
    void closeConnection() throws Exception {
        if (connection != null) {
            connection.close();
        }
    }

    @Override
    Answer send(String method, String path, List<String[]> headers, byte[] body) throws Exception {
        if (connection == null) {
            connection = new RawHttpClient(server.port());
        }
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n");
        for (String[] header : headers) {
            head.append(header[0]).append(": ").append(header[1]).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        request.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            request.write(body);
        }
        connection.send(request.toByteArray());
        RawResponse response = connection.read("HEAD".equals(method));
        return new Answer(response.status(), response.headers(), response.body());
    }

    @Override
    Answer sendHttp10(String method, String path) throws Exception {
        // NOTE: HTTP/1.0 closes after each answer, so each such request gets a connection of its own.
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send(method + " " + path + " HTTP/1.0\r\n\r\n");
            RawResponse response = client.read("HEAD".equals(method));
            assertEquals("HTTP/1.0", response.version());
            assertEquals("close", response.header("Connection"));
            assertTrue(client.closedByServer());
            return new Answer(response.status(), response.headers(), response.body());
        }
    }
}
