package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import dev.peregrine.sse.ServerSentEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real browser's {@code EventSource} against the server: headless Chromium (Debian's package,
 * which {@code .ci/run} installs) opens a page that listens to an event stream, reconnects when
 * the stream ends, resumes with {@code Last-Event-ID}, and posts what it saw back to the server.
 */
class EventSourceInChromiumTest {

    private static final String PAGE = """
            <!doctype html>
            <title>events</title>
            <script>
              const seen = [];
              const source = new EventSource('/events');
              source.addEventListener('tick', event => {
                seen.push(event.lastEventId + ':' + event.data);
                if (seen.length === 4) {
                  source.close();
                  fetch('/report', {method: 'POST', body: JSON.stringify(seen)});
                }
              });
            </script>
            """;

    @Test
    void aBrowserReceivesEveryEventAndResumesAfterTheStreamEndsFromTheLastIdItSaw(@TempDir Path profile) throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        assertTrue(Files.isExecutable(chromium), "this test needs Debian's chromium: apt-get install -y chromium");
        List<String> lastEventIds = new CopyOnWriteArrayList<>();
        AtomicReference<String> report = new AtomicReference<>();
        CountDownLatch reported = new CountDownLatch(1);
        App app = new App();
        app.get("/page", (req, resp) -> resp.contentType("text/html; charset=utf-8").text(PAGE));
        app.get("/events", (req, resp) -> resp.sse(events -> {
            String last = events.lastEventId();
            lastEventIds.add(String.valueOf(last));
            int from = last == null ? 1 : Integer.parseInt(last) + 1;
            for (int id = from; id < from + 2; id++) {
                ServerSentEvent event = new ServerSentEvent().id(Integer.toString(id)).event("tick").data("t" + id);
                events.send(id == 1 ? event.retry(Duration.ofMillis(100)) : event);
            }
        }));
        app.post("/report", (req, resp) -> {
            report.set(new String(req.stream().readAllBytes(), StandardCharsets.UTF_8));
            reported.countDown();
            resp.status(204);
        });
        PeregrineServer server = Servers.start(app, b -> b);
        Process browser = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-crash-reporter", "--disable-breakpad", "--user-data-dir=" + profile, "http://127.0.0.1:" + server.port() + "/page")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        try {
            assertTrue(reported.await(60, TimeUnit.SECONDS), "the page reported what it saw");
            assertEquals("[\"1:t1\",\"2:t2\",\"3:t3\",\"4:t4\"]", report.get());
            assertEquals(List.of("null", "2"), lastEventIds.subList(0, 2), "the reconnection carried Last-Event-ID");
        } finally {
            stopWithEveryChild(browser);
            server.stop();
        }
    }

    /**
     * Chromium's helpers (renderer, GPU, crash handler) outlive a killed browser process for a
     * moment and keep writing into the profile, which then cannot be deleted; so every process of
     * the tree is killed, children first, and awaited.
     */
    private static void stopWithEveryChild(Process browser) throws Exception {
        List<ProcessHandle> tree = new ArrayList<>(browser.descendants().toList());
        tree.add(browser.toHandle());
        for (ProcessHandle process : tree) {
            process.destroyForcibly();
        }
        for (ProcessHandle process : tree) {
            process.onExit().get(10, TimeUnit.SECONDS);
        }
    }
}
