package dev.peregrine.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.peregrine.errors.HttpError;
import dev.peregrine.errors.MediaMalformedError;
import dev.peregrine.errors.MediaValidationError;

/**
 * Turns what Jackson throws while reading a body into the 400 a client can act on, in JSON's
 * terms rather than Java's.
 *
 * <p>A body that is not JSON is a {@link MediaMalformedError} ({@code "Invalid JSON"}) giving the
 * reason and where: {@code Could not parse JSON body - NaN and Infinity are not JSON numbers
 * (line 1, column 10)}. JSON that does not fit the type asked for is a {@link MediaValidationError}
 * ({@code "Request data failed validation"}), as Falcon's schema validator answers, naming the
 * field: {@code Field 'items[2].price' is out of range: it must be a number from
 * -1.7976931348623157E308 to 1.7976931348623157E308.}
 */
public final class JsonErrorTranslator {

    private JsonErrorTranslator() {
    }

    /**
     * The 400 for {@code e}, thrown while {@code parser} read a body. Call it before closing the
     * parser: its position names the offending value.
     */
    public static HttpError translate(JsonProcessingException e, JsonParser parser) {
        StreamReadException parserError = parserError(e);
        if (parserError instanceof InputCoercionException outOfRange) {
            return new MediaValidationError(subject(JsonFieldPath.of(parser.getParsingContext()))
                    + " is out of range: it must be " + range(outOfRange.getTargetType()) + ".");
        }
        if (parserError != null) {
            return new MediaMalformedError("JSON", syntaxReason(parserError) + location(parserError));
        }
        return new MediaMalformedError("JSON", firstLine(e.getOriginalMessage()) + location(e));
    }

    /** What the parser threw: {@code e} itself, or inside an object the exception Jackson wrapped it in. */
    private static StreamReadException parserError(JsonProcessingException e) {
        if (e instanceof StreamReadException direct) {
            return direct;
        }
        return e.getCause() instanceof StreamReadException wrapped ? wrapped : null;
    }

    // ---- Numbers out of range ------------------------------------------------------------------

    /** The range of {@code type}: Jackson's parser reports ints and longs, {@link FiniteNumberParser} floats and doubles. */
    private static String range(Class<?> type) {
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

    private static String syntaxReason(StreamReadException e) {
        String message = firstLine(e.getOriginalMessage());
        if (message.startsWith("Non-standard token")) {
            // NOTE: Jackson's own words point at a Jackson feature that would accept them.
            return "NaN and Infinity are not JSON numbers";
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
