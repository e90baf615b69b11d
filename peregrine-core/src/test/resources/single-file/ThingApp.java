import dev.peregrine.App;
import dev.peregrine.Request;
import dev.peregrine.Response;
import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;

/**
 * A single-file program, run as {@code java --class-path <peregrine> ThingApp.java}: the source
 * launcher compiles it in memory and loads its classes with a class loader of its own, as plugin
 * loaders do. Prints one line per request: the status, then the body if any.
 */
public class ThingApp {

    static class ThingResource {
        void onGet(Request req, Response resp) {
            resp.text("thing " + req.pathField("id"));
        }

        public void onPost(Request req, Response resp) {
            resp.status(201);
        }
    }

    public static void main(String[] args) {
        App app = new App().addRoute("/things/{id}", new ThingResource());
        TestClient client = new TestClient(app);
        Result get = client.simulateGet("/things/7");
        System.out.println(get.status() + " " + get.text());
        System.out.println(client.simulatePost("/things/7").status());
    }
}
