package dev.peregrine.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpErrorLinkTest {

    @Test
    void hrefIsPercentEncodedAsUtf8() {
        HttpError error = new HttpError(404).href("http://x/é");

        assertEquals("http://x/%C3%A9", error.href());
    }

    @Test
    void hrefKeepsReservedCharacters() {
        HttpError error = new HttpError(404).href("https://docs.example/errors?id=a&b=c#top");

        assertEquals("https://docs.example/errors?id=a&b=c#top", error.href());
    }

    @Test
    void hrefEncodesAnExistingPercentAgainAsFalconDoes() {
        HttpError error = new HttpError(404).href("http://x/%C3%A9");

        assertEquals("http://x/%25C3%25A9", error.href());
    }

    @Test
    void emptyHrefMeansNoLink() {
        HttpError error = new HttpError(404).href("");

        assertNull(error.href());
        assertEquals(List.of("title"), List.copyOf(error.toMap().keySet()));
    }

    @Test
    void toMapMatchesFalconsKeyOrderAndContent() {
        HttpError error = new HttpError(404).code(42).description("nope").href("http://x/é");

        Map<String, Object> map = error.toMap();

        assertEquals(List.of("title", "description", "code", "link"), List.copyOf(map.keySet()));
        assertEquals("404 Not Found", map.get("title"));
        assertEquals("nope", map.get("description"));
        assertEquals(42, map.get("code"));
        Map<?, ?> link = (Map<?, ?>) map.get("link");
        assertEquals(List.of("text", "href", "rel"), List.copyOf(link.keySet()));
        assertEquals("Documentation related to this error", link.get("text"));
        assertEquals("http://x/%C3%A9", link.get("href"));
        assertEquals("help", link.get("rel"));
    }

    @Test
    void linkTextCanBeGiven() {
        HttpError error = new HttpError(400).href("http://x/doc", "Read this");

        assertEquals("Read this", ((Map<?, ?>) error.toMap().get("link")).get("text"));
    }

    @Test
    void headersGivenAtConstructionComeBeforeAddedOnes() {
        HttpError error = new HttpMethodNotAllowed(List.of("GET")).header("X-Trace", "7");

        assertEquals(2, error.headers().size());
        assertEquals(List.of("Allow", "GET"), List.of(error.headers().get(0)));
        assertEquals(List.of("X-Trace", "7"), List.of(error.headers().get(1)));
    }
}
