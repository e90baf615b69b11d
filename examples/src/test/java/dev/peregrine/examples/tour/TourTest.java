package dev.peregrine.examples.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.netty.PeregrineServer;
import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TourTest {

    @Test
    void quickStartStoresAndReadsBooks() {
        TestClient client = new TestClient(QuickStart.create());
        assertEquals(204, client.put("/books/1").json(Map.of("title", "Critique of Pure Reason")).send().status());
        assertEquals(Map.of("title", "Critique of Pure Reason"), client.simulateGet("/books/1").json());
        assertEquals(404, client.simulateGet("/books/0").status());
        assertEquals(200, client.simulateGet("/books/1/").status());
        Result head = client.simulateHead("/books/1");
        assertEquals(200, head.status());
        assertEquals(0, head.content().length);
        assertEquals("No book has that id.", client.simulateGet("/books/2").jsonObject().get("description"));
        assertEquals("ok", client.simulateGet("/health").text());
    }

    @Test
    void httpsExampleServesWithACertificateMadeByOpenssl(@TempDir Path directory) throws Exception {
        Path chain = directory.resolve("fullchain.pem");
        Path key = directory.resolve("privkey.pem");
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                "-nodes", "-keyout", key.toString(), "-out", chain.toString(), "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1").redirectErrorStream(true).start();
        String made = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, openssl.waitFor(), made);
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(chain)) {
            trusted.setCertificateEntry("server", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        try (PeregrineServer server = HttpsServing.start(QuickStart.create(), 0, chain, key, null);
                SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", server.port())) {
            assertEquals("https://127.0.0.1:" + server.port() + "/", server.url());
            socket.getOutputStream().write("GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(response.startsWith("HTTP/1.1 200 OK\r\n") && response.endsWith("\r\n\r\nok"), response);
        }
    }

    @Test
    void streamingExampleWritesTheExportAndResumesTheFeed() {
        TestClient client = new TestClient(StreamingApp.create(List.of("a,1", "b,2", "c,3")));
        Result export = client.simulateGet("/export.csv");
        assertEquals("text/csv", export.header("Content-Type"));
        assertEquals("a,1\nb,2\nc,3\n", export.text());
        Result feed = client.get("/feed").header("Last-Event-ID", "0").send();
        assertEquals("text/event-stream", feed.header("Content-Type"));
        assertEquals("id: 1\nevent: row\ndata: b,2\n\nid: 2\nevent: row\ndata: c,3\n\n", feed.text());
    }

    @Test
    void paramsExampleValidatesItsInput() {
        TestClient client = new TestClient(QuickStart.paging());
        assertEquals(Map.of("q", "owl", "limit", 5, "exact", true, "tags", List.of("a", "b")),
                client.simulateGet("/search?q=owl&limit=5&exact&tags=a,%20b").json());
        assertEquals("The \"q\" parameter is required.", client.simulateGet("/search").jsonObject().get("description"));
        assertEquals(400, client.simulateGet("/search?q=x&limit=1000").status());
    }

    @Test
    void tourAppWiresMiddlewareHooksGroupsAndErrors() {
        TestClient client = new TestClient(TourApp.create());
        Result items = client.simulateGet("/items");
        assertEquals(Map.of("items", List.of()), items.json());
        assertEquals("peregrine", items.header("X-Served-By"));
        assertEquals("Origin", items.header("Vary"));
        assertEquals(403, client.simulateGet("/reports/2024").status());
        Result report = client.get("/reports/2024").header("X-Role", "auditor").send();
        assertEquals("private, max-age=60", report.header("Cache-Control"));
        assertEquals(403, client.simulateGet("/admin/items/1").status());
        assertEquals(Map.of("id", 1), client.get("/admin/items/1").header("X-Role", "admin").send().json());
        assertEquals("/items/42", client.simulateGet("/link").text());
        Result soldOut = client.simulateGet("/buy/owl");
        assertEquals(409, soldOut.status());
        assertEquals(Map.of("title", "Out of stock", "description", "owl is sold out", "code", 1009), soldOut.json());
    }
}
