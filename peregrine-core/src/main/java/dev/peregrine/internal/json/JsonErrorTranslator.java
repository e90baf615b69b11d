package dev.peregrine.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.peregrine.errors.HttpError;
import dev.peregrine.errors.MediaMalformedError;
import dev.peregrine.errors.MediaNotFoundError;
import dev.peregrine.errors.MediaValidationError;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what Jackson throws while reading a body into the 400 a client can act on, in JSON's
 * terms rather than Java's: field paths and JSON kinds, never class names or parser tokens.
 *
 * <p>A body that is not JSON is a {@link MediaMalformedError} ({@code "Invalid JSON"}) giving the
 * reason and where: {@code Could not parse JSON body - NaN and Infinity are not JSON numbers
 * (line 1, column 10)}. JSON that does not fit the type asked for is a
 * {@link MediaValidationError} ({@code "Request data failed validation"}), as Falcon's schema
 * validator answers, naming the field: {@code Field 'items[2].price' must be a number, got a
 * string.}
 */
public final class JsonErrorTranslator {

    private JsonErrorTranslator() {
    }

    /**
     * The 400 for {@code e}, thrown while {@code parser} read a body. Call it before closing the
     * parser: its position names the offending value.
     */
    public static HttpError translate(JsonProcessingException e, JsonParser parser) {
        JsonProcessingException parserError = parserError(e);
        if (parserError instanceof InputCoercionException outOfRange) {
            String path = JsonFieldPath.of(parser.getParsingContext());
            return new MediaValidationError(outOfRange(path, outOfRange.getTargetType()));
        }
        if (parserError != null) {
            return new MediaMalformedError("JSON", syntaxReason(parserError) + location(parserError));
        }
        if (parser.currentToken() == null) {
            // NOTE: Jackson found no value at all: the body held only whitespace.
            return new MediaNotFoundError("JSON");
        }
        if (followsTheValue(parser.getParsingContext())) {
            return new MediaMalformedError("JSON", "More content follows the JSON value" + location(e));
        }
        JsonMappingException unfit = (JsonMappingException) e;
        return new MediaValidationError(unfitReason(unfit, JsonFieldPath.of(unfit.getPath()), parser.currentToken()));
    }

    /**
     * What the parser threw, as opposed to Jackson's binding (whose exceptions are all
     * {@link JsonMappingException}s): {@code e} itself, or inside an object the exception Jackson
     * wrapped with a path; {@code null} when binding failed.
     */
    private static JsonProcessingException parserError(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException)) {
            return e;
        }
        return e.getCause() instanceof JsonProcessingException wrapped && !(wrapped instanceof JsonMappingException)
                ? wrapped : null;
    }

    /** Whether the parser is past the body's first value: the root counts its values from 0. */
    private static boolean followsTheValue(JsonStreamContext context) {
        JsonStreamContext root = context;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root.getCurrentIndex() > 0;
    }

    // ---- JSON that does not fit ----------------------------------------------------------------

    private static String unfitReason(JsonMappingException e, String path, JsonToken token) {
        String subject = subject(path);
        if (e instanceof PropertyBindingException unknown) {
            return subject + " is not " + knownFields(unknown);
        }
        if (e instanceof ValueInstantiationException) {
            return subject + " holds values that are not accepted.";
        }
        if (!(e instanceof MismatchedInputException mismatch)) {
            return subject + " does not have the expected shape.";
        }
        if (token == JsonToken.END_OBJECT && !path.isEmpty()) {
            // NOTE: the object ended without the field: a required creator property, or a
            // primitive one, which may not be null.
            return subject + " is required.";
        }
        Class<?> target = mismatch.getTargetType();
        JsonKind expected = JsonKind.expectedFor(target);
        if (token == JsonToken.FIELD_NAME && mismatch instanceof InvalidFormatException) {
            // NOTE: a map whose keys are read as numbers, say, got a name that is not one.
            return subject + " has a key that is not " + (expected == null ? "accepted." : expected.phrase() + ".");
        }
        JsonKind actual = JsonKind.of(token);
        if (expected != null && actual != null && !expected.accepts(actual)) {
            return subject + " must be " + expected.phrase() + ", got " + actualPhrase(token, expected) + ".";
        }
        if (target != null && target.isEnum()) {
            return subject + " is not one of the accepted values.";
        }
        if (e instanceof InvalidFormatException) {
            return subject + " is not in an accepted format.";
        }
        return subject + " does not have the expected shape.";
    }

    private static String knownFields(PropertyBindingException unknown) {
        if (unknown.getKnownPropertyIds() == null || unknown.getKnownPropertyIds().isEmpty()) {
            return "allowed.";
        }
        List<String> names = new ArrayList<>();
        for (Object id : unknown.getKnownPropertyIds()) {
            names.add("'" + id + "'");
        }
        names.sort(null);
        return "one of the known fields: " + String.join(", ", names) + ".";
    }

    private static String actualPhrase(JsonToken token, JsonKind expected) {
        return switch (token) {
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NUMBER_INT -> "a number";
            case VALUE_NUMBER_FLOAT -> expected == JsonKind.INTEGER ? "a number with a fraction or exponent" : "a number";
            default -> JsonKind.of(token).phrase();
        };
    }

    // ---- Numbers out of range ------------------------------------------------------------------

    private static String outOfRange(String path, Class<?> type) {
        return subject(path) + " is out of range: it must be " + range(type) + ".";
    }

    /**
     * The range of {@code type} as Jackson reads it: its parser reports integer types (a byte
     * takes -128 to 255, as unsigned bytes are common), {@link FiniteNumberParser} floats and
     * doubles.
     */
    private static String range(Class<?> type) {
        if (type == byte.class || type == Byte.class) {
            return "an integer from " + Byte.MIN_VALUE + " to 255";
        }
        if (type == short.class || type == Short.class) {
            return "an integer from " + Short.MIN_VALUE + " to " + Short.MAX_VALUE;
        }
        if (type == int.class || type == Integer.class) {
            return "an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == long.class || type == Long.class) {
            return "an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        if (type == float.class || type == Float.class) {
            return "a number from " + -Float.MAX_VALUE + " to " + Float.MAX_VALUE;
        }
        return "a number from " + -Double.MAX_VALUE + " to " + Double.MAX_VALUE;
    }

    // ---- Bodies that are not JSON --------------------------------------------------------------

    private static String syntaxReason(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return "The body ends before its JSON value does";
        }
        String message = firstLine(e.getOriginalMessage());
        if (message.startsWith("Non-standard token")) {
            // NOTE: Jackson's own words point at a Jackson feature that would accept them.
            return "NaN and Infinity are not JSON numbers";
        }
        return withoutJacksonAdvice(message);
    }

    /**
     * Jackson's reason without what only a Java developer can use: an embedded source location,
     * the feature that would accept the input, the getter of the limit that was hit.
     */
    private static String withoutJacksonAdvice(String message) {
        int source = message.indexOf("[Source:");
        if (source >= 0) {
            int open = message.lastIndexOf(" (", source);
            message = message.substring(0, open >= 0 ? open : source).strip();
        }
        int enable = message.indexOf(": enable `");
        if (enable >= 0) {
            message = message.substring(0, enable);
        }
        int getter = message.indexOf(", from `");
        if (getter >= 0) {
            message = message.substring(0, getter) + ")";
        }
        return message;
    }

    private static String location(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() <= 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    // ---- Wording -------------------------------------------------------------------------------

    private static String subject(String path) {
        return path.isEmpty() ? "The JSON body" : "Field '" + path + "'";
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
