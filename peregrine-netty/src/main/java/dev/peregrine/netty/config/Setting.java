package dev.peregrine.netty.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * One configured value, with where it came from, for example {@code 10MiB} from environment
 * variable {@code PEREGRINE_MAX_BODY_SIZE}. Reading it as a number, size, duration, flag or enum
 * fails with a message that names the setting, its source, the value and the accepted forms.
 *
 * @param key the setting's name as in a properties file, for example {@code maxBodySize}
 * @param value the text as given, trimmed
 * @param source where it was given, for example {@code environment variable PEREGRINE_PORT}
 */
public record Setting(String key, String value, String source) {

    /** The value as text; it must not be empty. */
    public String asText() {
        if (value.isEmpty()) {
            throw invalid("is empty", "give a value or remove the setting");
        }
        return value;
    }

    /** The value as a whole number between {@code min} and {@code max}. */
    public int asInt(int min, int max) {
        long number = parseWhole(value);
        if (number < min || number > max) {
            throw invalid("is out of range", "use a whole number between " + min + " and " + max);
        }
        return (int) number;
    }

    /**
     * The value as a size in bytes: a whole number of bytes, or one with a binary unit:
     * {@code 512}, {@code 64KiB}, {@code 10MiB}, {@code 1GiB} (units in any case).
     */
    public long asSize() {
        String text = value.toLowerCase(Locale.ROOT);
        long unit = 1;
        int digits = text.length();
        if (text.endsWith("kib")) {
            unit = 1024;
            digits -= 3;
        } else if (text.endsWith("mib")) {
            unit = 1024 * 1024;
            digits -= 3;
        } else if (text.endsWith("gib")) {
            unit = 1024L * 1024 * 1024;
            digits -= 3;
        } else if (text.endsWith("b")) {
            digits -= 1;
        }
        long number = parseWhole(text.substring(0, digits).trim());
        if (number < 0 || number > Long.MAX_VALUE / unit) {
            throw invalid("is not a size", "use bytes or a binary unit, for example 65536, 64KiB, 10MiB or 1GiB");
        }
        return number * unit;
    }

    /** The size as an {@code int}, between {@code min} and {@code max} bytes. */
    public int asSize(int min, int max) {
        long size = asSize();
        if (size < min || size > max) {
            throw invalid("is out of range", "use a size between " + min + " and " + max + " bytes");
        }
        return (int) size;
    }

    /**
     * The value as a duration: a whole number with a unit, {@code 250ms}, {@code 30s}, {@code 5m},
     * {@code 1h}, or ISO-8601 such as {@code PT30S}.
     */
    public Duration asDuration() {
        String text = value.toLowerCase(Locale.ROOT);
        try {
            if (text.startsWith("p")) {
                return Duration.parse(value);
            }
            if (text.endsWith("ms")) {
                return Duration.ofMillis(parseWhole(text.substring(0, text.length() - 2)));
            }
            long amount = parseWhole(text.substring(0, Math.max(0, text.length() - 1)));
            return switch (text.isEmpty() ? ' ' : text.charAt(text.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> throw invalid("has no unit", "use a number with a unit, for example 250ms, 30s, 5m, 1h or PT30S");
            };
        } catch (DateTimeParseException | ArithmeticException e) {
            throw invalid("is not a duration", "use a number with a unit, for example 250ms, 30s, 5m, 1h or PT30S");
        }
    }

    /** The value as {@code true} or {@code false} (any case). */
    public boolean asBoolean() {
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw invalid("is not a flag", "use true or false");
    }

    /** The value as one of {@code type}'s constants, named in any case. */
    public <E extends Enum<E>> E asEnum(Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        StringBuilder names = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            names.append(names.isEmpty() ? "" : ", ").append(constant.name());
        }
        throw invalid("is not one of the choices", "use one of " + names);
    }

    /**
     * An error naming this setting, its source and value, what is wrong with it ({@code problem},
     * for example "is out of range") and the fix.
     */
    public IllegalArgumentException invalid(String problem, String fix) {
        return new IllegalArgumentException("Setting " + key + " = \"" + value + "\" (" + source + ") " + problem
                + "; " + fix);
    }

    private long parseWhole(String digits) {
        String text = digits.trim().replace("_", "");
        if (text.isEmpty()) {
            throw invalid("is not a number", "use a whole number, for example 8080");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw invalid("is not a whole number", "use digits only, for example 8080");
        }
    }
}
