package dev.peregrine.media;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.peregrine.errors.HttpError;
import dev.peregrine.errors.MediaNotFoundError;
import dev.peregrine.internal.json.FiniteNumberParser;
import dev.peregrine.internal.json.JsonErrorTranslator;
import dev.peregrine.internal.json.JsonOutputBuffer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

/**
 * JSON bodies with Jackson 2. Reading gives maps (in document order), lists, strings, numbers,
 * booleans and null, or the class asked for; writing serializes any Jackson-serializable value.
 *
 * <p>What it refuses, it explains in JSON's terms, never Java's:
 * <ul>
 *   <li>An empty body is a 400 "Invalid JSON" saying so; a body that is not JSON is a 400
 *       "Invalid JSON" naming the problem and where it is. {@code NaN} and {@code Infinity} are
 *       not JSON and stay refused.
 *   <li>JSON that does not fit the class asked for is a 400 "Request data failed validation"
 *       naming the field and what it must be: {@code Field 'items[2].price' must be a number, got
 *       a string.} So is a number too large for the {@code double} or {@code float} it is read
 *       as (untyped map and list values included), instead of becoming Infinity. Only a mapper
 *       that enables {@link JsonReadFeature#ALLOW_NON_NUMERIC_NUMBERS} gets non-finite numbers.
 *   <li>A class Jackson cannot bind at all (an interface, a class without a usable constructor)
 *       is the application's bug: a 500, logged.
 * </ul>
 */
public final class JsonHandler implements MediaHandler {

    private final ObjectMapper mapper;
    private final boolean nonFiniteNumbersAllowed;

    /**
     * A handler with Peregrine's default mapper, strict about what a field receives: unknown
     * properties are an error, trailing content too; numbers bind only from JSON numbers,
     * booleans only from {@code true} and {@code false} and enums only from their names (no
     * strings for the first two, no indexes for enums), integer fields take no fraction, and a
     * primitive field takes no {@code null}, so a record's primitive component is required.
     * Jackson's buffers are recycled through a shared pool.
     */
    public JsonHandler() {
        // PERF: Jackson recycles its buffers per thread by default; a virtual thread lives for one
        // batch of requests, so every response would allocate fresh buffers. A shared pool
        // serves platform and virtual threads alike.
        this(JsonMapper.builder(JsonFactory.builder().recyclerPool(JsonRecyclerPools.newConcurrentDequePool()).build())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // NOTE: Jackson 2 would read "12" and "NaN" into numbers, 1.5 into an int as 1,
                // null into an int as 0 and 1 into an enum as its second constant; a wrong shape
                // should be answered, not guessed at. Jackson 3 makes FAIL_ON_NULL_FOR_PRIMITIVES
                // its default (jackson-databind#4858).
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .build());
    }

    /** A handler with your own configured mapper. */
    public JsonHandler(ObjectMapper mapper) {
        this.mapper = mapper;
        this.nonFiniteNumbersAllowed = mapper.isEnabled(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS.mappedFeature());
    }

    /** The mapper this handler uses. */
    public ObjectMapper mapper() {
        return mapper;
    }

    @Override
    public Object deserialize(InputStream body, String contentType, long contentLength, Class<?> type) throws IOException {
        if (contentLength == 0) {
            throw new MediaNotFoundError("JSON");
        }
        PushbackInputStream input = new PushbackInputStream(body, 1);
        int first = input.read();
        if (first < 0) {
            throw new MediaNotFoundError("JSON");
        }
        input.unread(first);
        try (JsonParser parser = checked(mapper.createParser(input))) {
            try {
                return mapper.readValue(parser, type);
            } catch (InvalidDefinitionException unusable) {
                throw new IllegalStateException("Jackson cannot read JSON into " + type.getName() + ": "
                        + unusable.getOriginalMessage() + "; ask for a record, a class it can construct, a Map or a List", unusable);
            } catch (JsonProcessingException e) {
                rethrowBodyFailure(e);
                // NOTE: before the parser closes: its position names the offending value.
                throw JsonErrorTranslator.translate(e, parser);
            }
        }
    }

    /**
     * Decodes JSON text, as used for query parameters holding JSON; numbers too large for a
     * {@code double} are refused as in bodies.
     */
    public Object parse(String text) throws IOException {
        try (JsonParser parser = checked(mapper.createParser(text))) {
            return mapper.readValue(parser, Object.class);
        }
    }

    @Override
    public byte[] serialize(Object media, String contentType) throws IOException {
        JsonOutputBuffer buffer = JsonOutputBuffer.acquire();
        try {
            mapper.writeValue(buffer, media);
            return buffer.toByteArray();
        } finally {
            buffer.release();
        }
    }

    /**
     * Rethrows what reading the body itself failed with, which Jackson wraps: a server's refusal
     * (408 for a body that stopped arriving, 413 for one over the limit) or a client that went
     * away. Neither is the JSON's fault, so neither may be answered "Invalid JSON".
     */
    private static void rethrowBodyFailure(JsonProcessingException e) throws IOException {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpError refused) {
                throw refused;
            }
            if (cause instanceof IOException io && !(cause instanceof JsonProcessingException)) {
                throw io;
            }
        }
    }

    private JsonParser checked(JsonParser parser) {
        // PERF: one small wrapper per body that forwards every call; its checks only compare
        // numbers Jackson has already parsed. JMH, a 290-byte order with three items read into a
        // record or a map (~1.05 us): 50 to 80 ns (5 to 8%) more per body.
        return nonFiniteNumbersAllowed ? parser : new FiniteNumberParser(parser);
    }
}
