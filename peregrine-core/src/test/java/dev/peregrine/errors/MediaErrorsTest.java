package dev.peregrine.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The 400s media handlers and validators raise for bodies they cannot use. */
class MediaErrorsTest {

    @Test
    void emptyJsonBodyIsAnInvalidJsonError() {
        HttpError error = new MediaNotFoundError("JSON");

        assertEquals(400, error.status());
        assertEquals("Invalid JSON", error.title());
        assertEquals("Could not parse an empty JSON body", error.description());
    }

    @Test
    void mediaNotFoundNamesTheMediaType() {
        HttpError error = new MediaNotFoundError("MessagePack");

        assertEquals("Invalid MessagePack", error.title());
        assertEquals("Could not parse an empty MessagePack body", error.description());
    }

    @Test
    void malformedBodyAppendsTheParsersReason() {
        HttpError error = new MediaMalformedError("JSON",
                "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)");

        assertEquals(400, error.status());
        assertEquals("Invalid JSON", error.title());
        assertEquals("Could not parse JSON body - Expecting property name enclosed in double quotes: "
                + "line 1 column 2 (char 1)", error.description());
    }

    @Test
    void malformedBodyWithoutAReasonHasNoDash() {
        assertEquals("Could not parse URL-encoded body", new MediaMalformedError("URL-encoded").description());
        assertEquals("Could not parse JSON body", new MediaMalformedError("JSON", null).description());
    }

    @Test
    void validationErrorHasTheValidatorsTitle() {
        HttpError error = new MediaValidationError("'name' is a required property");

        assertEquals(400, error.status());
        assertEquals("Request data failed validation", error.title());
        assertEquals("'name' is a required property", error.description());
    }

    @Test
    void validationErrorWithoutDetailsHasOnlyItsTitle() {
        HttpError error = new MediaValidationError();

        assertEquals("Request data failed validation", error.title());
        assertNull(error.description());
    }

    @Test
    void validationErrorTitleCanBeReplaced() {
        HttpError error = new MediaValidationError("Bad order", "An order needs at least one line.");

        assertEquals("Bad order", error.title());
        assertEquals("An order needs at least one line.", error.description());
    }

    @Test
    void multipartParseErrorIsABadRequestWithItsOwnTitle() {
        HttpError error = new MultipartParseError("more than 64 body parts");

        assertInstanceOf(HttpBadRequest.class, error);
        assertEquals(400, error.status());
        assertEquals("Malformed multipart/form-data request media", error.title());
        assertEquals("more than 64 body parts", error.description());
    }
}
