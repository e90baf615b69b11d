package dev.peregrine.internal.http;

import dev.peregrine.internal.uri.PercentCodec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Parses a query string (or a URL-encoded form body) with Falcon's {@code parse_query_string}
 * rules.
 *
 * <p>Fields are split on {@code &}, then on their first {@code =}. Names and values are
 * percent-decoded with {@code +} as a space; a malformed escape such as {@code %zz} is kept as
 * written and invalid UTF-8 becomes U+FFFD. A field without a value ({@code c=} or a bare
 * {@code d}) counts only when blanks are kept, and never when its name is empty too; a field
 * with an empty name but a value ({@code =v}) is kept under the name {@code ""}.
 *
 * <p>With {@code csv}, a value is split on its <em>unencoded</em> commas before decoding, so
 * {@code b=x,y,,z} gives {@code x, y, "", z} while {@code %2C} stays a comma; without
 * {@code keepBlank} the empty elements are dropped. Values from repeated names and from splitting
 * are merged in the order they appear.
 */
public final class QueryStringParser {

    private QueryStringParser() {
    }

    /**
     * Parses {@code queryString} (without the leading {@code ?}).
     *
     * @return names in first-seen order, each with at least one value, values in order
     */
    public static LinkedHashMap<String, List<String>> parse(String queryString, boolean keepBlank, boolean csv) {
        LinkedHashMap<String, List<String>> params = new LinkedHashMap<>();
        int length = queryString.length();
        int fieldStart = 0;
        // PERF: one pass with indexOf, no split() or regex; substrings only for what is kept.
        while (fieldStart < length) {
            int fieldEnd = queryString.indexOf('&', fieldStart);
            if (fieldEnd < 0) {
                fieldEnd = length;
            }
            parseField(queryString, fieldStart, fieldEnd, keepBlank, csv, params);
            fieldStart = fieldEnd + 1;
        }
        return params;
    }

    private static void parseField(String text, int start, int end, boolean keepBlank, boolean csv,
            LinkedHashMap<String, List<String>> params) {
        int equals = indexOf(text, '=', start, end);
        int valueStart = Math.min(equals + 1, end);
        boolean blankValue = valueStart == end;
        // NOTE: blank is judged before decoding, as Falcon does, so "a=+" keeps its single space.
        if (blankValue && (!keepBlank || equals == start)) {
            return;
        }
        String name = PercentCodec.decode(text.substring(start, equals), true);
        if (csv && indexOf(text, ',', valueStart, end) < end) {
            addCommaSeparated(text, valueStart, end, keepBlank, name, params);
        } else {
            add(params, name, PercentCodec.decode(text.substring(valueStart, end), true));
        }
    }

    private static void addCommaSeparated(String text, int start, int end, boolean keepBlank, String name,
            LinkedHashMap<String, List<String>> params) {
        int elementStart = start;
        while (elementStart <= end) {
            int comma = indexOf(text, ',', elementStart, end);
            if (comma > elementStart || keepBlank) {
                add(params, name, PercentCodec.decode(text.substring(elementStart, comma), true));
            }
            elementStart = comma + 1;
        }
    }

    /** The index of {@code c} in {@code text[start, end)}, or {@code end} when it is absent. */
    private static int indexOf(String text, char c, int start, int end) {
        // PERF: bounded to the field, so a long query of "a&a&a..." stays linear.
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return end;
    }

    private static void add(LinkedHashMap<String, List<String>> params, String name, String value) {
        List<String> values = params.get(name);
        if (values == null) {
            // PERF: most names appear once; a one-slot list avoids the default ten.
            values = new ArrayList<>(1);
            params.put(name, values);
        }
        values.add(value);
    }
}
