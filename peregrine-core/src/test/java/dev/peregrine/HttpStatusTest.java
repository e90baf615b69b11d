package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HttpStatusTest {

    @Test
    void statusWithTextCarriesBoth() {
        HttpStatus status = new HttpStatus(202, "accepted");

        assertEquals(202, status.status());
        assertEquals("202 Accepted", status.statusLine());
        assertEquals("accepted", status.text());
    }

    @Test
    void statusWithoutTextHasNoBody() {
        HttpStatus status = new HttpStatus(204);

        assertNull(status.text());
        assertTrue(status.headers().isEmpty());
    }

    @Test
    void headersAreKeptInOrderWithRepeatedNames() {
        HttpStatus status = new HttpStatus(202, "accepted")
                .header("X-Job", "7")
                .header("Link", "</jobs/7>; rel=\"status\"")
                .header("Link", "</jobs>; rel=\"collection\"");

        assertEquals(3, status.headers().size());
        assertEquals(List.of("X-Job", "7"), List.of(status.headers().get(0)));
        assertEquals(List.of("Link", "</jobs/7>; rel=\"status\""), List.of(status.headers().get(1)));
        assertEquals(List.of("Link", "</jobs>; rel=\"collection\""), List.of(status.headers().get(2)));
    }

    @Test
    void headersCannotBeChangedThroughTheList() {
        HttpStatus status = new HttpStatus(200).header("A", "1");

        assertThrows(UnsupportedOperationException.class, () -> status.headers().clear());
    }

    @Test
    void statusRecordsNoStackTrace() {
        assertEquals(0, new HttpStatus(202).getStackTrace().length);
    }

    @Test
    void messageIsTheStatusLine() {
        assertEquals("304 Not Modified", new HttpStatus(304).getMessage());
    }

    @Test
    void unknownCodeIsAllowed() {
        assertEquals("299 Unknown", new HttpStatus(299).statusLine());
    }

    @Test
    void codeWithoutThreeDigitsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new HttpStatus(42));
    }
}
