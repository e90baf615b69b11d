package dev.peregrine.bench.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The requests each actor sends, and how the answers steer the next ones. */
class ActorsTest {
    private static final UUID CLIENT = UUID.fromString("3f2b1c4e-0000-4000-8000-000000000001");
    private final BenchOptions options = BenchOptions.parse("-s", "http://127.0.0.1:8888", "-qno", "1", "-cno", "3",
            "-lno", "4", "--token", "t0k");
    private final ZaqarRequests requests = new ZaqarRequests(options, CLIENT);
    private final Random random = new Random(1);

    @Test
    void producerPostsTheMessageWithTheZaqarHeaders() {
        ActorRequest post = new Producer(options, WeightedMessages.builtIn(), requests).next(random);
        String body = "{\"messages\":[{\"ttl\":60,\"body\":{\"id\":\"7FA23C90-62F7-40D2-9360-FBD5D7D61CD1\",\"evt\":\"Single\"}}]}";

        assertEquals(Operation.POST, post.operation());
        assertEquals("POST /v2/queues/ogre-test-queue-0/messages HTTP/1.1\r\nHost: 127.0.0.1:8888\r\n"
                + "Client-ID: " + CLIENT + "\r\nX-Project-ID: my-lovely-benchmark\r\nAccept: application/json\r\n"
                + "X-Auth-Token: t0k\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body,
                text(post));
    }

    @Test
    void consumerClaimsWithZaqarBenchsTtlAndGraceThenDeletesEachMessageWithItsClaim() {
        Consumer consumer = new Consumer(options, requests);
        ActorRequest claim = consumer.next(random);

        assertEquals(Operation.CLAIM, claim.operation());
        assertEquals("POST /v2/queues/ogre-test-queue-0/claims?limit=3 HTTP/1.1", firstLine(claim));
        assertEquals("{\"ttl\": 300, \"grace\": 200}", text(claim).substring(text(claim).indexOf("\r\n\r\n") + 4));

        consumer.answered(claim, response(HttpResponseStatus.CREATED, """
                {"messages": [{"href": "/v2/queues/ogre-test-queue-0/messages/m1?claim_id=c9"},
                              {"href": "/v2/queues/ogre-test-queue-0/messages/m2?claim_id=c9"}]}"""));
        ActorRequest first = consumer.next(random);
        ActorRequest second = consumer.next(random);

        assertEquals(Operation.DELETE, first.operation());
        assertEquals("DELETE /v2/queues/ogre-test-queue-0/messages/m1?claim_id=c9 HTTP/1.1", firstLine(first));
        assertEquals("DELETE /v2/queues/ogre-test-queue-0/messages/m2?claim_id=c9 HTTP/1.1", firstLine(second));
        assertEquals(1, consumer.answered(first, response(HttpResponseStatus.NO_CONTENT, "")));
        assertEquals(Operation.CLAIM, consumer.next(random).operation());
    }

    @Test
    void consumerClaimsAgainWhenNothingWasClaimable() {
        Consumer consumer = new Consumer(options, requests);
        ActorRequest claim = consumer.next(random);

        assertEquals(0, consumer.answered(claim, response(HttpResponseStatus.NO_CONTENT, "")));
        assertEquals(Operation.CLAIM, consumer.next(random).operation());
    }

    @Test
    void observerFollowsEachQueuesNextMarker() {
        Observer observer = new Observer(options, requests);
        ActorRequest first = observer.next(random);

        assertEquals("GET /v2/queues/ogre-test-queue-0/messages?limit=4&include_claimed=true HTTP/1.1", firstLine(first));
        assertEquals(2, observer.answered(first, response(HttpResponseStatus.OK, """
                {"messages": [{"id": "a"}, {"id": "b"}],
                 "links": [{"rel": "next", "href": "/v2/queues/ogre-test-queue-0/messages?limit=4&marker=b%2B1&include_claimed=true"}]}""")));
        ActorRequest second = observer.next(random);
        assertEquals("GET /v2/queues/ogre-test-queue-0/messages?limit=4&include_claimed=true&marker=b%2B1 HTTP/1.1",
                firstLine(second));

        assertEquals(0, observer.answered(second, response(HttpResponseStatus.OK, "{\"messages\": [], \"links\": []}")));
        assertEquals(firstLine(second), firstLine(observer.next(random)), "an empty page keeps the marker");
    }

    @Test
    void observerCanLeaveOutIncludeClaimedForZaqarsRedisDriver() {
        BenchOptions redis = BenchOptions.parse("-qno", "1", "--observer-include-claimed", "false");

        assertEquals("GET /v2/queues/ogre-test-queue-0/messages?limit=5 HTTP/1.1",
                firstLine(new Observer(redis, new ZaqarRequests(redis, CLIENT)).next(random)));
    }

    @Test
    void markerIsReadFromTheNextLinksQuery() {
        assertEquals("m7", Observer.markerOf("/v2/queues/q/messages?marker=m7&limit=5"));
        assertEquals("m7", Observer.markerOf("/v2/queues/q/messages?limit=5&marker=m7"));
        assertNull(Observer.markerOf("/v2/queues/q/messages?limit=5"));
        assertNull(Observer.markerOf("/v2/queues/q/messages"));
        assertEquals("m7", Observer.markerOf("/v2/queues/q/messages?old_marker=x&marker=m7"));
        assertNull(Observer.markerOf("/v2/queues/q/messages?marker=&limit=5"));
    }

    private static FullHttpResponse response(HttpResponseStatus status, String json) {
        return new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.copiedBuffer(json, StandardCharsets.UTF_8));
    }

    private static String text(ActorRequest request) {
        return new String(request.bytes(), StandardCharsets.UTF_8);
    }

    private static String firstLine(ActorRequest request) {
        String text = text(request);
        return text.substring(0, text.indexOf("\r\n"));
    }
}
