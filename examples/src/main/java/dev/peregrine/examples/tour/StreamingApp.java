package dev.peregrine.examples.tour;

import dev.peregrine.App;
import dev.peregrine.sse.ServerSentEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The README's streaming example: a CSV export written as it is produced, and server-sent events. */
public final class StreamingApp {

    private StreamingApp() {
    }

    /** Builds the streaming example's app over a fixed list of rows. */
    public static App create(List<String> rows) {
        App app = new App();
        // tag::streaming[]
        app.get("/export.csv", (req, resp) -> resp.contentType("text/csv").stream(out -> {
            for (String row : rows) {                        // the client's pace sets ours:
                out.write((row + "\n").getBytes(StandardCharsets.UTF_8));   // a write waits while it is behind
            }
        }));
        app.get("/feed", (req, resp) -> resp.sse(events -> {
            String last = events.lastEventId();              // the id a reconnecting client saw last
            int next = last == null ? 0 : Integer.parseInt(last) + 1;
            for (int i = next; i < rows.size() && events.isOpen(); i++) {
                events.send(new ServerSentEvent().id(Integer.toString(i)).event("row").data(rows.get(i)));
            }
        }));
        // end::streaming[]
        return app;
    }
}
