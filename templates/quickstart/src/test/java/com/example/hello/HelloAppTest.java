package com.example.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs requests through the app in process, through the same pipeline the server uses. */
class HelloAppTest {

    private final TestClient client = new TestClient(HelloApp.create());

    @Test
    void greetsWhoeverThePathNames() {
        Result result = client.simulateGet("/greetings/Ada");
        assertEquals(200, result.status());
        assertEquals(Map.of("greeting", "Hello, Ada!"), result.json());
    }

    @Test
    void aPathWithoutARouteIsNotFound() {
        assertEquals(404, client.simulateGet("/nothing/here").status());
    }
}
