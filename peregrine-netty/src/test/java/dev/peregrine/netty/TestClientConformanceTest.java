package dev.peregrine.netty;

import dev.peregrine.testing.Result;
import dev.peregrine.testing.SimulatedRequest;
import dev.peregrine.testing.TestClient;
import java.util.List;

/** The conformance cases through the in-process test client. */
class TestClientConformanceTest extends ConformanceSuite {

    private final TestClient client = new TestClient(ConformanceApp.create());

    @Override
    Answer send(String method, String path, List<String[]> headers, byte[] body) {
        SimulatedRequest request = client.request(method, path);
        for (String[] header : headers) {
            request.header(header[0], header[1]);
        }
        if (body != null) {
            request.body(body);
        }
        Result result = request.send();
        return new Answer(result.status(), result.headers(), result.content());
    }

    @Override
    Answer sendHttp10(String method, String path) {
        return send(method, path, List.of(), null);
    }
}
