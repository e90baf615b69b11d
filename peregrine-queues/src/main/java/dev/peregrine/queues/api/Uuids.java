package dev.peregrine.queues.api;

import java.util.Locale;

/**
 * UUIDs as the API reads them: message and claim ids in their canonical form, and the
 * {@code Client-ID} header as Python's {@code uuid.UUID()} reads it. Both give the canonical
 * lower-case form, so ids and client ids compare as strings.
 */
public final class Uuids {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Uuids() {
    }

    /**
     * An id in the canonical form {@code 8-4-4-4-12} (hex digits in either case), lower-cased; or
     * {@code null} for anything else. Ids the store made always have this form, so any other text
     * names nothing.
     */
    public static String canonicalId(String text) {
        // PERF: a loop, no regex: every message and claim route reads an id.
        if (text == null || text.length() != 36) {
            return null;
        }
        boolean lower = true;
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return null;
                }
            } else if (c >= 'A' && c <= 'F') {
                lower = false;
            } else if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return null;
            }
        }
        return lower ? text : text.toLowerCase(Locale.ROOT);
    }

    /**
     * A {@code Client-ID} read as Python's {@code uuid.UUID(hex)} reads it (Zaqar's
     * {@code client_id_uuid_safe = strict}): {@code urn:} and {@code uuid:} prefixes, braces and
     * hyphens are dropped, and 32 hex digits must remain. Returns the canonical form, or
     * {@code null} when the text is not a UUID.
     */
    public static String canonicalClientId(String text) {
        String hex = text;
        if (hex.startsWith("urn:")) {
            hex = hex.substring(4);
        }
        if (hex.startsWith("uuid:")) {
            hex = hex.substring(5);
        }
        int start = 0;
        int end = hex.length();
        while (start < end && (hex.charAt(start) == '{' || hex.charAt(start) == '}')) {
            start++;
        }
        while (end > start && (hex.charAt(end - 1) == '{' || hex.charAt(end - 1) == '}')) {
            end--;
        }
        char[] digits = new char[32];
        int count = 0;
        for (int i = start; i < end; i++) {
            char c = hex.charAt(i);
            if (c == '-') {
                continue;
            }
            int value = c <= 'f' ? Character.digit(c, 16) : -1;
            if (value < 0 || count == 32) {
                return null;
            }
            digits[count++] = HEX[value];
        }
        if (count < 32) {
            return null;
        }
        return new String(digits, 0, 8) + '-' + new String(digits, 8, 4) + '-' + new String(digits, 12, 4) + '-'
                + new String(digits, 16, 4) + '-' + new String(digits, 20, 12);
    }
}
