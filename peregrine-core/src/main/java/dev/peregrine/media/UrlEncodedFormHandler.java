package dev.peregrine.media;

import dev.peregrine.errors.MediaMalformedError;
import dev.peregrine.internal.http.QueryStringParser;
import dev.peregrine.internal.uri.PercentCodec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code application/x-www-form-urlencoded} bodies, parsed with the query-string rules (blank
 * values kept, no comma splitting). Reading gives a map from name to a string, or to a list of
 * strings when the name repeats; an empty body gives an empty map; a non-ASCII body is a 400.
 */
public final class UrlEncodedFormHandler implements MediaHandler {

    /** The handler {@link MediaHandlers#defaults()} registers; it holds no state. */
    public UrlEncodedFormHandler() {
    }

    @Override
    public Object deserialize(InputStream body, String contentType, long contentLength, Class<?> type) throws IOException {
        byte[] bytes = body.readAllBytes();
        for (byte b : bytes) {
            if (b < 0) {
                throw new MediaMalformedError("URL-encoded",
                        "the body must be ASCII; percent-encode other characters");
            }
        }
        Map<String, List<String>> parsed = QueryStringParser.parse(new String(bytes, StandardCharsets.US_ASCII), true, false);
        Map<String, Object> form = new LinkedHashMap<>();
        parsed.forEach((name, values) -> form.put(name, values.size() == 1 ? values.get(0) : values));
        return form;
    }

    @Override
    public byte[] serialize(Object media, String contentType) {
        if (!(media instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("A URL-encoded form body must be a Map, got "
                    + (media == null ? "null" : media.getClass().getName()));
        }
        StringBuilder out = new StringBuilder();
        map.forEach((name, value) -> {
            if (value instanceof Iterable<?> values) {
                for (Object item : values) {
                    appendPair(out, name, item);
                }
            } else {
                appendPair(out, name, value);
            }
        });
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void appendPair(StringBuilder out, Object name, Object value) {
        if (!out.isEmpty()) {
            out.append('&');
        }
        out.append(PercentCodec.encodeValue(String.valueOf(name))).append('=')
                .append(PercentCodec.encodeValue(String.valueOf(value)));
    }
}
