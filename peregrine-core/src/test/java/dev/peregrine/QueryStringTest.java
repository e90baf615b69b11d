package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QueryStringTest {

    @Test
    void parametersFollowThePathInTheOrderAdded() {
        assertEquals("/v2/queues?marker=q9&limit=5&detailed=true",
                new QueryString("/v2/queues").add("marker", "q9").add("limit", 5).add("detailed", true).toString());
    }

    @Test
    void aNullValueAddsNothing() {
        assertEquals("/things?b=2", new QueryString("/things").add("a", null).add("b", 2).add("c", null).toString());
        assertEquals("/things", new QueryString("/things").add("a", null).toString());
    }

    @Test
    void everythingButUnreservedCharactersIsPercentEncodedAsUtf8() {
        assertEquals("/s?q%20r=a%2Bb%26c%3Dd%2F%C3%A9%E2%82%AC-._~",
                new QueryString("/s").add("q r", "a+b&c=d/é€-._~").toString());
        assertEquals("/s?k=ab%20cd", new QueryString("/s").add("k", "ab cd").toString());
    }
}
