package dev.peregrine.internal.request;

import dev.peregrine.errors.HttpInvalidParam;
import dev.peregrine.errors.HttpMissingParam;
import dev.peregrine.internal.http.QueryStringParser;
import dev.peregrine.internal.text.PythonFloat;
import dev.peregrine.internal.text.PythonUuid;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A request's query parameters, parsed on first use, with Falcon's typed accessors and error
 * texts ({@code "Missing parameter"}, {@code "Invalid parameter"}).
 */
public final class QueryParams {

    /** Falcon's default datetime format, {@code %Y-%m-%dT%H:%M:%S%z}, accepting Z, +00:00 and +0000. */
    public static final String DEFAULT_DATETIME_FORMAT = "yyyy-MM-dd'T'HH:mm:ss[XXX][XX]";
    /** Falcon's default date format, {@code %Y-%m-%d}. */
    public static final String DEFAULT_DATE_FORMAT = "yyyy-MM-dd";

    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private final Map<String, List<String>> values;

    /** Parses {@code queryString} (without the {@code ?}; {@code null} or empty for none). */
    public QueryParams(String queryString, boolean keepBlank, boolean csv) {
        this.values = queryString == null || queryString.isEmpty()
                ? Map.of()
                : QueryStringParser.parse(queryString, keepBlank, csv);
    }

    /** Every parameter, in first-seen order, each with all its values. */
    public Map<String, List<String>> asMap() {
        return values;
    }

    /** Whether the parameter is present. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The last value of a parameter (Falcon's rule for repeated keys), or {@code null}. */
    public String last(String name) {
        List<String> list = values.get(name);
        return list == null ? null : list.get(list.size() - 1);
    }

    /** The last value, or a 400 "Missing parameter" naming it. */
    public String required(String name) {
        String value = last(name);
        if (value == null) {
            throw new HttpMissingParam(name);
        }
        return value;
    }

    /** All values of a parameter in order; an empty list when absent. */
    public List<String> all(String name) {
        List<String> list = values.get(name);
        return list == null ? List.of() : list;
    }

    /** Parses an integer within [min, max]; {@code null} when absent. */
    public Integer asInt(String name, boolean required, long min, long max) {
        String text = required ? required(name) : last(name);
        if (text == null) {
            return null;
        }
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new HttpInvalidParam("The value must be an integer.", name);
        }
        if (value < min) {
            throw new HttpInvalidParam("The value must be at least " + min, name);
        }
        if (value > max) {
            throw new HttpInvalidParam("The value may not exceed " + max, name);
        }
        return (int) value;
    }

    /**
     * Parses a number as Python's {@code float()} does, {@code nan}, {@code inf} and
     * {@code -infinity} included, within [min, max]; {@code null} when absent. An infinite bound
     * is no bound; a finite one refuses NaN as well as the numbers beyond it.
     */
    public Double asFloat(String name, boolean required, double min, double max) {
        String text = required ? required(name) : last(name);
        if (text == null) {
            return null;
        }
        Double value = PythonFloat.parse(text.strip());
        if (value == null) {
            throw new HttpInvalidParam("The value must be a float.", name);
        }
        // NOTE: NaN compares false with any bound, so Falcon lets it through min and max alike;
        // a caller who bounds a parameter wants a number within the bounds, so here it fails the
        // first finite one.
        boolean notANumber = Double.isNaN(value);
        if (value < min || notANumber && min != Double.NEGATIVE_INFINITY) {
            throw new HttpInvalidParam("The value must be at least " + format(min), name);
        }
        if (value > max || notANumber && max != Double.POSITIVE_INFINITY) {
            throw new HttpInvalidParam("The value may not exceed " + format(max), name);
        }
        return value;
    }

    /**
     * Parses a boolean with Falcon's words: true, True, t, yes, y, 1, on and false, False, f, no,
     * n, 0, off; a blank value is {@code blankAsTrue}.
     */
    public Boolean asBool(String name, boolean required, boolean blankAsTrue) {
        String text = required ? required(name) : last(name);
        if (text == null) {
            return null;
        }
        return switch (text) {
            case "true", "True", "t", "yes", "y", "1", "on" -> Boolean.TRUE;
            case "false", "False", "f", "no", "n", "0", "off" -> Boolean.FALSE;
            case "" -> blankAsTrue;
            default -> throw new HttpInvalidParam("The value of the parameter must be \"true\" or \"false\".", name);
        };
    }

    /** Parses a UUID as the {@code uuid} route converter does, compact and URN forms included; {@code null} when absent. */
    public UUID asUuid(String name, boolean required) {
        String text = required ? required(name) : last(name);
        if (text == null) {
            return null;
        }
        UUID value = PythonUuid.parse(text);
        if (value == null) {
            throw new HttpInvalidParam("The value must be a UUID string.", name);
        }
        return value;
    }

    /** Parses a date with a {@link DateTimeFormatter} pattern; {@code null} when absent. */
    public LocalDate asDate(String name, String pattern, boolean required) {
        String text = required ? required(name) : last(name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, formatter(pattern));
        } catch (DateTimeParseException e) {
            throw new HttpInvalidParam("The date value does not match the required format.", name);
        }
    }

    /**
     * Parses a date and time with a {@link DateTimeFormatter} pattern; a value without an offset
     * is taken as UTC. {@code null} when absent.
     */
    public OffsetDateTime asDatetime(String name, String pattern, boolean required) {
        String text = required ? required(name) : last(name);
        if (text == null) {
            return null;
        }
        try {
            TemporalAccessor parsed = formatter(pattern).parse(text);
            ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))
                    : ZoneOffset.UTC;
            return OffsetDateTime.of(LocalDateTime.from(parsed), offset);
        } catch (DateTimeException e) {
            throw new HttpInvalidParam("The datetime value does not match the required format.", name);
        }
    }

    /**
     * All values as a list. A single occurrence is split on {@code delimiter} when one is given
     * (after percent-decoding); repeated keys are never split. Each element goes through
     * {@code transform}; a transform that throws makes the parameter invalid.
     */
    public <T> List<T> asList(String name, String delimiter, Function<String, T> transform, boolean required) {
        List<String> raw = values.get(name);
        if (raw == null) {
            if (required) {
                throw new HttpMissingParam(name);
            }
            return null;
        }
        List<String> items = raw;
        if (delimiter != null && raw.size() == 1) {
            items = split(raw.get(0), delimiter.charAt(0));
        }
        List<T> out = new ArrayList<>(items.size());
        for (String item : items) {
            try {
                out.add(transform.apply(item));
            } catch (RuntimeException e) {
                throw new HttpInvalidParam("The value is not formatted correctly.", name);
            }
        }
        return out;
    }

    /**
     * A parameter as a map: {@code p=k1,v1,k2,v2} or, with {@code deepObject}, {@code p[k1]=v1&p[k2]=v2}.
     * {@code null} when absent.
     */
    public Map<String, String> asDict(String name, boolean deepObject, boolean required) {
        Map<String, String> map = new LinkedHashMap<>();
        if (deepObject) {
            String prefix = name + "[";
            for (Map.Entry<String, List<String>> entry : values.entrySet()) {
                String key = entry.getKey();
                if (key.startsWith(prefix) && key.endsWith("]") && key.length() > prefix.length()) {
                    List<String> list = entry.getValue();
                    map.put(key.substring(prefix.length(), key.length() - 1), list.get(list.size() - 1));
                }
            }
        } else if (values.containsKey(name)) {
            List<String> all = values.get(name);
            List<String> items = all.size() == 1 ? split(all.get(0), ',') : all;
            if (items.size() % 2 != 0) {
                throw new HttpInvalidParam("The value must be a comma-separated list of key, value pairs.", name);
            }
            for (int i = 0; i < items.size(); i += 2) {
                map.put(items.get(i), items.get(i + 1));
            }
        }
        if (map.isEmpty() && !values.containsKey(name)) {
            if (required) {
                throw new HttpMissingParam(name);
            }
            return null;
        }
        return map;
    }

    private static List<String> split(String value, char delimiter) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == delimiter) {
                parts.add(value.substring(start, i));
                start = i + 1;
            }
        }
        return parts;
    }

    private static DateTimeFormatter formatter(String pattern) {
        return FORMATTERS.computeIfAbsent(pattern, DateTimeFormatter::ofPattern);
    }

    private static String format(double bound) {
        return bound == Math.rint(bound) && Math.abs(bound) < 1e15 ? Long.toString((long) bound) : Double.toString(bound);
    }
}
