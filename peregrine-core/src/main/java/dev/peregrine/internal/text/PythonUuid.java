package dev.peregrine.internal.text;

import java.util.HexFormat;
import java.util.UUID;

/**
 * Reads a UUID as Python's {@code UUID()} does, which is how Falcon reads uuid converters and
 * query parameters: 32 hexadecimal digits in either case, hyphens anywhere or nowhere, optionally
 * after {@code urn:uuid:} and inside braces. {@code 6ba7b810-9dad-11d1-80b4-00c04fd430c8},
 * {@code 6BA7B8109DAD11D180B400C04FD430C8} and {@code urn:uuid:6ba7b810-9dad-11d1-80b4-00c04fd430c8}
 * are the same value.
 */
public final class PythonUuid {

    private static final String URN_PREFIX = "urn:";
    private static final String UUID_PREFIX = "uuid:";
    private static final int HEX_DIGITS = 32;

    private PythonUuid() {
    }

    /** The UUID {@code text} spells, or {@code null} when it is not one Python reads. */
    public static UUID parse(String text) {
        int start = text.startsWith(URN_PREFIX) ? URN_PREFIX.length() : 0;
        if (text.startsWith(UUID_PREFIX, start)) {
            start += UUID_PREFIX.length();
        }
        int end = text.length();
        // NOTE: Python strips every brace at either end, matched or not: {abc...} and {abc... both work.
        while (start < end && (text.charAt(start) == '{' || text.charAt(start) == '}')) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == '{' || text.charAt(end - 1) == '}')) {
            end--;
        }
        // PERF: the two halves are accumulated directly; UUID.fromString would need the
        // canonical form, so a substring without hyphens, first.
        long mostSignificant = 0;
        long leastSignificant = 0;
        int digits = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '-') {
                continue;
            }
            if (!HexFormat.isHexDigit(c) || digits == HEX_DIGITS) {
                return null;
            }
            int value = HexFormat.fromHexDigit(c);
            if (digits < HEX_DIGITS / 2) {
                mostSignificant = (mostSignificant << 4) | value;
            } else {
                leastSignificant = (leastSignificant << 4) | value;
            }
            digits++;
        }
        return digits == HEX_DIGITS ? new UUID(mostSignificant, leastSignificant) : null;
    }
}
