package dev.peregrine.queues.api.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.peregrine.Request;
import dev.peregrine.errors.HttpError;
import dev.peregrine.queues.api.ZaqarErrors;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads request bodies as Zaqar's {@code read_json} does, and refuses what it would choke on.
 *
 * <p>A body is UTF-8 JSON whose top level is an object or an array; it becomes maps (in document
 * order; a repeated key keeps its last value), lists, strings, {@code Long}s, {@code Double}s,
 * booleans and {@code null}. Refused, each with a 400 naming the problem:
 * <ul>
 *   <li>a body longer than the route allows, by its Content-Length before a byte is read, or by
 *       counting the bytes of a chunked body as they arrive;
 *   <li>malformed JSON, or a top level that is neither an object nor an array;
 *   <li>nesting deeper than {@value #MAX_DEPTH} levels, which would otherwise cost a stack frame
 *       per level, here and wherever the value goes;
 *   <li>an integer outside a signed 64-bit value ("JSON contains integer that is too large.", as
 *       Zaqar says), a number too large for a double, and a string holding half of a UTF-16
 *       surrogate pair, which no UTF-8 writer can write back.
 * </ul>
 */
public final class JsonDocuments {

    /** The deepest nesting accepted: the top-level object or array is level 1. */
    public static final int MAX_DEPTH = 64;

    private final JsonFactory factory = new JsonFactory();
    private final ObjectMapper writer = JsonMapper.builder().build();

    /**
     * Reads the request's body.
     *
     * @param maxBytes the longest body accepted
     * @param tooLarge the error for a longer body
     * @return the document, a {@code Map<String, Object>} or a {@code List<Object>}; {@code null}
     *     when the body is empty or only whitespace
     */
    public Object read(Request req, long maxBytes, Supplier<HttpError> tooLarge) {
        if (req.contentLength() > maxBytes) {
            throw tooLarge.get();
        }
        InputStream body = new BoundedInputStream(req.stream(), maxBytes, tooLarge);
        try (JsonParser parser = factory.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
                throw unparsable();
            }
            Object document = readValue(parser, first, 1);
            if (parser.nextToken() != null) {
                throw unparsable();
            }
            return document;
        } catch (JsonProcessingException malformed) {
            throw unparsable();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the request body failed", e);
        }
    }

    /** {@code value} (as {@link #read} gives values) as compact JSON text. */
    public String write(Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A value read from JSON could not be written back as JSON", e);
        }
    }

    /**
     * An integer field of a document read here, or {@code defaultValue} when absent or null;
     * anything else but an integer is a 400 with Zaqar's text. NOTE: Zaqar refuses null, but
     * python-zaqarclient sends {@code {"ttl": null, "grace": null}} for a claim made without
     * them, which only means "the defaults"; and Python would take {@code true} for 1, not here.
     */
    public static long integerField(Map<?, ?> document, String field, long defaultValue) {
        Object raw = document.get(field);
        if (raw == null) {
            return defaultValue;
        }
        if (!(raw instanceof Long value)) {
            throw ZaqarErrors.invalidRequestBody("The value of the \"" + field + "\" field must be a int.");
        }
        return value;
    }

    private static Object readValue(JsonParser parser, JsonToken token, int depth) throws IOException {
        return switch (token) {
            case START_OBJECT -> readObject(parser, depth);
            case START_ARRAY -> readArray(parser, depth);
            case VALUE_STRING -> checkedText(parser.getText());
            case VALUE_NUMBER_INT -> {
                if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw ZaqarErrors.invalidRequestBody("JSON contains integer that is too large.");
                }
                yield parser.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                double value = parser.getDoubleValue();
                if (!Double.isFinite(value)) {
                    throw ZaqarErrors.invalidRequestBody("JSON contains a number that is too large.");
                }
                yield value;
            }
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw unparsable();
        };
    }

    private static Map<String, Object> readObject(JsonParser parser, int depth) throws IOException {
        checkDepth(depth);
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = checkedText(parser.currentName());
            object.put(name, readValue(parser, parser.nextToken(), depth + 1));
        }
        return object;
    }

    private static List<Object> readArray(JsonParser parser, int depth) throws IOException {
        checkDepth(depth);
        List<Object> array = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            array.add(readValue(parser, token, depth + 1));
        }
        return array;
    }

    private static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw ZaqarErrors.invalidRequestBody("Request body could not be parsed: JSON nested deeper than "
                    + MAX_DEPTH + " levels is not accepted.");
        }
    }

    /** {@code text}, unless it holds an unpaired surrogate: valid in a JSON escape, but not as UTF-8. */
    private static String checkedText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    throw ZaqarErrors.invalidRequestBody("Request body could not be parsed: a string holds an unpaired"
                            + " UTF-16 surrogate (\\u" + Integer.toHexString(c) + ").");
                }
            }
        }
        return text;
    }

    private static HttpError unparsable() {
        return ZaqarErrors.invalidRequestBody("Request body could not be parsed.");
    }
}
