package dev.peregrine.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 413, 429 and 503, which may tell the client when to try again. */
class RetryAfterErrorsTest {

    private static List<String> onlyHeader(HttpError error) {
        assertEquals(1, error.headers().size());
        return List.of(error.headers().get(0));
    }

    @Test
    void tooManyRequestsSendsRetryAfterInSeconds() {
        HttpError error = new HttpTooManyRequests(30);

        assertEquals(429, error.status());
        assertEquals("429 Too Many Requests", error.title());
        assertEquals(List.of("Retry-After", "30"), onlyHeader(error));
    }

    @Test
    void serviceUnavailableSendsRetryAfterAsAnImfFixdate() {
        HttpError error = new HttpServiceUnavailable(Instant.parse("1994-11-06T08:49:37Z"));

        assertEquals(503, error.status());
        assertEquals(List.of("Retry-After", "Sun, 06 Nov 1994 08:49:37 GMT"), onlyHeader(error));
    }

    @Test
    void retryAfterDateHasATwoDigitDayAndUtcTime() {
        HttpError error = new HttpTooManyRequests(Instant.parse("2026-03-01T23:05:09.750Z"));

        assertEquals(List.of("Retry-After", "Sun, 01 Mar 2026 23:05:09 GMT"), onlyHeader(error));
    }

    @Test
    void contentTooLargeSendsRetryAfterOnlyWhenGiven() {
        assertTrue(new HttpContentTooLarge().headers().isEmpty());
        assertEquals(List.of("Retry-After", "0"), onlyHeader(new HttpContentTooLarge(0)));
    }

    @Test
    void contentTooLargeKeepsTitleAndDescriptionBesideRetryAfter() {
        HttpError error = new HttpContentTooLarge(
                Instant.parse("2026-12-31T00:00:00Z"), "Upload too big", "Files are limited to 10 MiB.");

        assertEquals(413, error.status());
        assertEquals("Upload too big", error.title());
        assertEquals("Files are limited to 10 MiB.", error.description());
        assertEquals(List.of("Retry-After", "Thu, 31 Dec 2026 00:00:00 GMT"), onlyHeader(error));
    }

    @Test
    void serviceUnavailableKeepsTitleAndDescriptionBesideSeconds() {
        HttpError error = new HttpServiceUnavailable(120, "Down for maintenance", "Back in two minutes.");

        assertEquals("Down for maintenance", error.title());
        assertEquals("Back in two minutes.", error.description());
        assertEquals(List.of("Retry-After", "120"), onlyHeader(error));
    }

    @Test
    void negativeRetryAfterIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new HttpTooManyRequests(-5));

        assertEquals("Retry-After cannot be negative, got -5 seconds", e.getMessage());
    }
}
