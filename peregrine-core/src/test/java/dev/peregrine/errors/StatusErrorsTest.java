package dev.peregrine.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The errors whose only content is a status, a title and a description. */
class StatusErrorsTest {

    static Stream<Arguments> plainErrors() {
        return Stream.of(
                plain(HttpBadRequest::new, HttpBadRequest::new, "400 Bad Request"),
                plain(HttpUnauthorized::new, HttpUnauthorized::new, "401 Unauthorized"),
                plain(HttpForbidden::new, HttpForbidden::new, "403 Forbidden"),
                plain(HttpNotFound::new, HttpNotFound::new, "404 Not Found"),
                plain(HttpRouteNotFound::new, HttpRouteNotFound::new, "404 Not Found"),
                plain(HttpNotAcceptable::new, HttpNotAcceptable::new, "406 Not Acceptable"),
                plain(HttpConflict::new, HttpConflict::new, "409 Conflict"),
                plain(HttpGone::new, HttpGone::new, "410 Gone"),
                plain(HttpLengthRequired::new, HttpLengthRequired::new, "411 Length Required"),
                plain(HttpPreconditionFailed::new, HttpPreconditionFailed::new, "412 Precondition Failed"),
                plain(HttpContentTooLarge::new, HttpContentTooLarge::new, "413 Content Too Large"),
                plain(HttpUriTooLong::new, HttpUriTooLong::new, "414 URI Too Long"),
                plain(HttpUnsupportedMediaType::new, HttpUnsupportedMediaType::new, "415 Unsupported Media Type"),
                plain(HttpUnprocessableEntity::new, HttpUnprocessableEntity::new, "422 Unprocessable Content"),
                plain(HttpLocked::new, HttpLocked::new, "423 Locked"),
                plain(HttpFailedDependency::new, HttpFailedDependency::new, "424 Failed Dependency"),
                plain(HttpPreconditionRequired::new, HttpPreconditionRequired::new, "428 Precondition Required"),
                plain(HttpTooManyRequests::new, HttpTooManyRequests::new, "429 Too Many Requests"),
                plain(HttpRequestHeaderFieldsTooLarge::new, HttpRequestHeaderFieldsTooLarge::new,
                        "431 Request Header Fields Too Large"),
                plain(HttpUnavailableForLegalReasons::new, HttpUnavailableForLegalReasons::new,
                        "451 Unavailable For Legal Reasons"),
                plain(HttpInternalServerError::new, HttpInternalServerError::new, "500 Internal Server Error"),
                plain(HttpNotImplemented::new, HttpNotImplemented::new, "501 Not Implemented"),
                plain(HttpBadGateway::new, HttpBadGateway::new, "502 Bad Gateway"),
                plain(HttpServiceUnavailable::new, HttpServiceUnavailable::new, "503 Service Unavailable"),
                plain(HttpGatewayTimeout::new, HttpGatewayTimeout::new, "504 Gateway Timeout"),
                plain(HttpVersionNotSupported::new, HttpVersionNotSupported::new, "505 HTTP Version Not Supported"),
                plain(HttpInsufficientStorage::new, HttpInsufficientStorage::new, "507 Insufficient Storage"),
                plain(HttpLoopDetected::new, HttpLoopDetected::new, "508 Loop Detected"),
                plain(HttpNetworkAuthenticationRequired::new, HttpNetworkAuthenticationRequired::new,
                        "511 Network Authentication Required"));
    }

    private static Arguments plain(
            Supplier<HttpError> bare, BiFunction<String, String, HttpError> described, String statusLine) {
        return Arguments.of(bare, described, statusLine);
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("plainErrors")
    void bareErrorHasItsStatusAndTheStatusLineAsTitle(
            Supplier<HttpError> bare, BiFunction<String, String, HttpError> described, String statusLine) {
        HttpError error = bare.get();

        assertEquals(Integer.parseInt(statusLine.substring(0, 3)), error.status());
        assertEquals(statusLine, error.title());
        assertNull(error.description());
        assertTrue(error.headers().isEmpty());
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("plainErrors")
    void describedErrorKeepsTitleAndDescription(
            Supplier<HttpError> bare, BiFunction<String, String, HttpError> described, String statusLine) {
        HttpError error = described.apply("Custom title", "What went wrong.");

        assertEquals(Integer.parseInt(statusLine.substring(0, 3)), error.status());
        assertEquals("Custom title", error.title());
        assertEquals("What went wrong.", error.description());
        assertTrue(error.headers().isEmpty());
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("plainErrors")
    void nullTitleFallsBackToTheStatusLine(
            Supplier<HttpError> bare, BiFunction<String, String, HttpError> described, String statusLine) {
        assertEquals(statusLine, described.apply(null, "d").title());
    }

    @Test
    void routeNotFoundIsANotFound() {
        assertInstanceOf(HttpNotFound.class, new HttpRouteNotFound());
    }

    @Test
    void bareErrorsRenderOnlyTheirTitle() {
        assertEquals(List.of("title"), List.copyOf(new HttpGone().toMap().keySet()));
        assertEquals("410 Gone", new HttpGone().toMap().get("title"));
    }

    @Test
    void unsupportedMediaTypeForATypeUsesFalconsDescription() {
        HttpUnsupportedMediaType error = HttpUnsupportedMediaType.forMediaType("text/csv");

        assertEquals(415, error.status());
        assertEquals("415 Unsupported Media Type", error.title());
        assertEquals("text/csv is an unsupported media type.", error.description());
    }
}
