package dev.peregrine.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

/** The 400s that name the header, parameter or body that was wrong, in Falcon's words. */
class BadRequestHelpersTest {

    @Test
    void invalidHeaderNamesTheHeaderThenGivesTheReason() {
        HttpError error = new HttpInvalidHeader("Expected a number.", "Max-Forwards");

        assertEquals(400, error.status());
        assertEquals("Invalid header value", error.title());
        assertEquals("The value provided for the \"Max-Forwards\" header is invalid. Expected a number.",
                error.description());
    }

    @Test
    void missingHeaderNamesTheHeader() {
        HttpError error = new HttpMissingHeader("X-Api-Key");

        assertEquals(400, error.status());
        assertEquals("Missing header value", error.title());
        assertEquals("The \"X-Api-Key\" header is required.", error.description());
    }

    @Test
    void invalidParamNamesTheParameterThenGivesTheReason() {
        HttpError error = new HttpInvalidParam("The value must be a positive integer.", "limit");

        assertEquals(400, error.status());
        assertEquals("Invalid parameter", error.title());
        assertEquals("The \"limit\" parameter is invalid. The value must be a positive integer.", error.description());
    }

    @Test
    void missingParamNamesTheParameter() {
        HttpError error = new HttpMissingParam("q");

        assertEquals(400, error.status());
        assertEquals("Missing parameter", error.title());
        assertEquals("The \"q\" parameter is required.", error.description());
    }

    @Test
    void helpersAreBadRequests() {
        assertInstanceOf(HttpBadRequest.class, new HttpInvalidHeader("m", "h"));
        assertInstanceOf(HttpBadRequest.class, new HttpMissingHeader("h"));
        assertInstanceOf(HttpBadRequest.class, new HttpInvalidParam("m", "p"));
        assertInstanceOf(HttpBadRequest.class, new HttpMissingParam("p"));
    }
}
