package dev.peregrine.media;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.peregrine.errors.MediaMalformedError;
import dev.peregrine.errors.MediaNotFoundError;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

/**
 * JSON bodies with Jackson 2. Reading gives maps (in document order), lists, strings, numbers,
 * booleans and null, or the class asked for; writing serializes any Jackson-serializable value.
 *
 * <p>An empty body is a 400 "Invalid JSON" saying so; malformed JSON, or JSON that does not fit
 * the class asked for, is a 400 "Invalid JSON" naming the problem and where it is.
 */
public final class JsonHandler implements MediaHandler {

    private final ObjectMapper mapper;

    /**
     * A handler with Peregrine's default mapper: unknown properties are an error, trailing tokens
     * too, and Jackson's buffers are recycled through a shared pool.
     */
    public JsonHandler() {
        // PERF: Jackson recycles its buffers per thread by default; a virtual thread lives for one
        // batch of requests, so every response would allocate fresh buffers. A shared pool
        // serves platform and virtual threads alike.
        this(JsonMapper.builder(JsonFactory.builder().recyclerPool(JsonRecyclerPools.newConcurrentDequePool()).build())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build());
    }

    /** A handler with your own configured mapper. */
    public JsonHandler(ObjectMapper mapper) {
        this.mapper = mapper;
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
        try {
            return mapper.readValue(input, type);
        } catch (JsonProcessingException e) {
            throw new MediaMalformedError("JSON", describe(e));
        }
    }

    /** Decodes JSON text, as used for query parameters holding JSON. */
    public Object parse(String text) throws JsonProcessingException {
        return mapper.readValue(text, Object.class);
    }

    @Override
    public byte[] serialize(Object media, String contentType) throws IOException {
        return mapper.writeValueAsBytes(media);
    }

    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0 && !(e instanceof StreamReadException && message.contains(" at line "))) {
            message += " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        }
        return message;
    }
}
