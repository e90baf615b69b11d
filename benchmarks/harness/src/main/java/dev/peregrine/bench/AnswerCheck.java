package dev.peregrine.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks that a peer answers an endpoint as the shared contract says, before any load is measured:
 * the status, the media type of Content-Type (parameters such as charset ignored), and the body
 * (JSON compared as values, so spacing, key order and {@code 300} against {@code 300.0} do not
 * matter; a 204 must have no body).
 */
public final class AnswerCheck {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int QUOTED_BODY_LIMIT = 120;

    /** Orders numbers by value, so {@code 300} and {@code 300.0} count as the same JSON value. */
    private static final Comparator<JsonNode> SAME_VALUE = (left, right) -> {
        if (left.isNumber() && right.isNumber()) {
            return left.decimalValue().compareTo(right.decimalValue());
        }
        return left.equals(right) ? 0 : 1;
    };

    private AnswerCheck() {
    }

    /**
     * Asks the peer at {@code base} for the endpoint over HTTP/1.1 and checks the answer.
     *
     * @param client the client to ask with
     * @param base   the peer's origin, for example {@code http://127.0.0.1:8080}
     * @param endpoint the endpoint to check
     * @return what was wrong, or empty when the answer is right
     */
    public static Optional<String> ask(HttpClient client, URI base, Endpoint endpoint) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(endpoint.path()))
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            return problemWith(endpoint, response.statusCode(), contentType, response.body());
        } catch (IOException e) {
            return Optional.of(endpoint.path() + ": no answer (" + e + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(endpoint.path() + ": interrupted while waiting for the answer");
        }
    }

    /**
     * Checks one answer against the endpoint's contract.
     *
     * @param endpoint    the endpoint that was asked
     * @param status      the answer's status
     * @param contentType the answer's Content-Type header, or {@code null} when it had none
     * @param body        the answer's body bytes
     * @return what was wrong, naming the endpoint, or empty when the answer is right
     */
    public static Optional<String> problemWith(Endpoint endpoint, int status, String contentType, byte[] body) {
        String where = endpoint.path() + ": ";
        if (status != endpoint.status()) {
            return Optional.of(where + "status " + status + ", expected " + endpoint.status());
        }
        if (endpoint.mediaType() != null) {
            String mediaType = mediaTypeOf(contentType);
            if (!endpoint.mediaType().equals(mediaType)) {
                return Optional.of(where + "Content-Type '" + contentType + "', expected media type "
                        + endpoint.mediaType());
            }
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (endpoint.status() == 204) {
            return body.length == 0 ? Optional.empty()
                    : Optional.of(where + "a 204 must have no body, got " + body.length + " bytes");
        }
        boolean same = endpoint.json() ? sameJson(endpoint.body(), text) : endpoint.body().equals(text);
        return same ? Optional.empty()
                : Optional.of(where + "body " + quote(text) + ", expected " + quote(endpoint.body()));
    }

    /**
     * Returns the media type of a Content-Type value: before any parameter, trimmed, lower case.
     *
     * @param contentType a header value such as {@code text/plain; charset=utf-8}, or {@code null}
     * @return the media type, such as {@code text/plain}, or {@code null} for a missing header
     */
    static String mediaTypeOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return type.trim().toLowerCase(Locale.ROOT);
    }

    private static boolean sameJson(String expected, String actual) {
        try {
            JsonNode actualTree = MAPPER.readTree(actual);
            return actualTree != null && MAPPER.readTree(expected).equals(SAME_VALUE, actualTree);
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static String quote(String text) {
        String shown = text.length() <= QUOTED_BODY_LIMIT ? text
                : text.substring(0, QUOTED_BODY_LIMIT) + "... (" + text.length() + " chars)";
        return "'" + shown + "'";
    }
}
