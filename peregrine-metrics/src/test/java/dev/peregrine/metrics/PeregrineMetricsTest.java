package dev.peregrine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import dev.peregrine.netty.PeregrineServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a scrape shows after real requests over sockets, and how it is served. */
class PeregrineMetricsTest {

    private final CountDownLatch slowEntered = new CountDownLatch(1);
    private final CountDownLatch slowRelease = new CountDownLatch(1);
    private PeregrineMetrics metrics;
    private PeregrineServer server;

    @BeforeEach
    void start() {
        metrics = PeregrineMetrics.create();
        App app = new App();
        app.get("/things/{id}", (req, resp) -> resp.text("thing " + req.pathField("id")));
        app.post("/things/{id}", (req, resp) -> resp.text("posted"));
        app.get("/fail", (req, resp) -> {
            throw new IllegalStateException("a responder bug, answered 500");
        });
        app.get("/slow", (req, resp) -> {
            slowEntered.countDown();
            slowRelease.await(10, TimeUnit.SECONDS);
            resp.text("slow");
        });
        app.get("/metrics", metrics.scrapeResponder());
        server = PeregrineServer.builder(app).port(0).observer(metrics).maxBodySize(16)
                .healthChecks("/health/live", "/health/ready").build();
        metrics.bind(server);
        server.start();
    }

    @AfterEach
    void stop() {
        slowRelease.countDown();
        server.stop();
        metrics.close();
    }

    private Scrape scrape() throws Exception {
        try (SocketClient client = new SocketClient(server.port())) {
            SocketClient.Answer answer = client.get("/metrics");
            assertEquals(200, answer.status());
            return new Scrape(answer.body());
        }
    }

    @Test
    void requestsAreCountedByRouteTemplateMethodAndStatusClassNotByRawPath() throws Exception {
        try (SocketClient client = new SocketClient(server.port())) {
            assertEquals("thing 1", client.get("/things/1").body());
            assertEquals("thing 2", client.get("/things/2").body());
            assertEquals(404, client.get("/nowhere").status());
            assertEquals(500, client.get("/fail").status());
        }
        Scrape scrape = scrape();
        assertEquals(2, scrape.value("http_server_requests_seconds_count", "uri=/things/{id}", "method=GET", "status=2xx"));
        assertEquals(1, scrape.samples("http_server_requests_seconds_count", "uri=/things/{id}").size(), "one series for both ids");
        assertEquals(1, scrape.value("http_server_requests_seconds_count", "uri=UNMATCHED", "method=GET", "status=4xx"));
        assertEquals(1, scrape.value("http_server_requests_seconds_count", "uri=/fail", "status=5xx"));
        assertFalse(scrape.text().contains("/things/1"), "raw paths never become labels");
    }

    @Test
    void latencyIsAHistogramWithBucketsFromHalfAMillisecondToTenSeconds() throws Exception {
        try (SocketClient client = new SocketClient(server.port())) {
            client.get("/things/1");
        }
        Scrape scrape = scrape();
        List<String> buckets = scrape.samples("http_server_requests_seconds_bucket", "uri=/things/{id}").stream()
                .map(line -> line.substring(line.indexOf("le=\"") + 4, line.indexOf("\"}")))
                .toList();
        assertEquals(List.of("5.0E-4", "0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1.0",
                "2.5", "5.0", "10.0", "+Inf"), buckets);
        assertEquals(1, scrape.value("http_server_requests_seconds_bucket", "uri=/things/{id}", "le=+Inf"));
        assertTrue(scrape.value("http_server_requests_seconds_sum", "uri=/things/{id}") > 0);
    }

    @Test
    void aRefusalIsCountedByItsStatusAndUnderTheRefusedRoute() throws Exception {
        try (SocketClient client = new SocketClient(server.port())) {
            client.send("POST /things/1 HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n\r\n");
            assertEquals(413, client.read().status());
        }
        Scrape scrape = scrape();
        assertEquals(1, scrape.value("peregrine_server_refusals_total", "status=413"));
        assertEquals(1, scrape.value("http_server_requests_seconds_count", "uri=REFUSED", "method=POST", "status=4xx"));
        assertEquals(List.of(), scrape.samples("http_server_requests_seconds_count", "uri=/things/{id}"),
                "the refused request never reached its route");
    }

    @Test
    void methodsOutsideTheStandardOnesShareOneLabel() throws Exception {
        try (SocketClient client = new SocketClient(server.port())) {
            client.request("PROPFIND", "/things/1");
            client.request("BREW", "/things/1");
        }
        Scrape scrape = scrape();
        assertEquals(2, scrape.samples("http_server_requests_seconds_count", "method=OTHER").stream()
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum());
        assertFalse(scrape.text().contains("BREW"));
    }

    @Test
    void aThousandDistinctUnmatchedPathsMakeOneSeries() throws Exception {
        try (SocketClient client = new SocketClient(server.port())) {
            for (int i = 0; i < 1_000; i++) {
                assertEquals(404, client.get("/nowhere/" + i).status());
            }
        }
        Scrape scrape = scrape();
        assertEquals(List.of("http_server_requests_seconds_count{method=\"GET\",status=\"4xx\",uri=\"UNMATCHED\"} 1000"),
                scrape.samples("http_server_requests_seconds_count"));
        assertFalse(scrape.text().contains("/nowhere/"));
    }

    @Test
    void gaugesShowRequestsInFlightOpenConnectionsTheDispatchQueueAndReadiness() throws Exception {
        try (SocketClient slow = new SocketClient(server.port())) {
            slow.send("GET /slow HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertTrue(slowEntered.await(10, TimeUnit.SECONDS));
            Scrape scrape = scrape();
            assertEquals(2, scrape.value("peregrine_server_requests_in_flight"), "the slow request and the scrape itself");
            assertEquals(2, scrape.value("peregrine_server_connections_open"));
            assertEquals(0, scrape.value("peregrine_server_dispatch_queue_depth"));
            assertEquals(1, scrape.value("peregrine_server_ready"));
            slowRelease.countDown();
            assertEquals("slow", slow.read().body());
        }
    }

    @Test
    void trafficCountersCountBytesBothWays() throws Exception {
        String request = "GET /things/1 HTTP/1.1\r\nHost: localhost\r\n\r\n";
        try (SocketClient client = new SocketClient(server.port())) {
            client.send(request);
            client.read();
        }
        Scrape scrape = scrape();
        assertTrue(scrape.value("peregrine_server_received_bytes_total") >= request.length());
        assertTrue(scrape.value("peregrine_server_sent_bytes_total") > "thing 1".length());
        assertTrue(scrape.value("peregrine_server_connections_accepted_total") >= 1);
    }

    @Test
    void jvmAndProcessMetricsArePresent() throws Exception {
        Scrape scrape = scrape();
        for (String name : List.of("jvm_memory_used_bytes", "jvm_gc_memory_allocated_bytes_total", "jvm_threads_live_threads",
                "process_cpu_usage", "system_cpu_count", "process_uptime_seconds", "process_files_open_files")) {
            assertFalse(scrape.samples(name).isEmpty(), name);
        }
    }

    @Test
    void healthProbesAreCountedUnderTheirPath() throws Exception {
        try (SocketClient client = new SocketClient(server.port())) {
            client.get("/health/ready?probe=1");
        }
        assertEquals(1, scrape().value("http_server_requests_seconds_count", "uri=/health/ready", "status=2xx"));
    }

    @Test
    void theScrapeIsPrometheusTextUnlessAcceptPrefersOpenMetrics() throws Exception {
        try (SocketClient client = new SocketClient(server.port())) {
            SocketClient.Answer text = client.get("/metrics");
            assertEquals("text/plain; version=0.0.4; charset=utf-8", text.header("Content-Type"));
            assertEquals("no-store", text.header("Cache-Control"));
            assertEquals("Accept", text.header("Vary"));
            SocketClient.Answer openMetrics = client.get("/metrics", "Accept: application/openmetrics-text;version=1.0.0;q=0.5,"
                    + "text/plain;version=0.0.4;q=0.3,*/*;q=0.2\r\n");
            assertEquals("application/openmetrics-text; version=1.0.0; charset=utf-8", openMetrics.header("Content-Type"));
            assertTrue(openMetrics.body().endsWith("# EOF\n"), "OpenMetrics ends with # EOF");
        }
    }

    @Test
    void droppedLogLinesAreACounterReadAtScrapeTime() throws Exception {
        long[] dropped = {3};
        metrics.bindDroppedLogLines(() -> dropped[0]);
        assertEquals(3, scrape().value("peregrine_access_log_dropped_lines_total"));
        dropped[0] = 7;
        assertEquals(7, scrape().value("peregrine_access_log_dropped_lines_total"));
    }

    @Test
    void bindingASecondServerFailsNamingTheFix() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> metrics.bind(server));
        assertTrue(failure.getMessage().contains("one PeregrineMetrics per server"), failure.getMessage());
    }

    @Test
    void closeClosesOnlyARegistryItCreated() {
        PrometheusMeterRegistry shared = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        PeregrineMetrics onShared = PeregrineMetrics.create(shared);
        onShared.close();
        assertFalse(shared.isClosed());
        PeregrineMetrics own = PeregrineMetrics.create();
        own.close();
        assertTrue(own.registry().isClosed());
    }
}
