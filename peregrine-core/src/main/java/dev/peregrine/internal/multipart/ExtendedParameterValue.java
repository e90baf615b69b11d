package dev.peregrine.internal.multipart;

import java.nio.charset.StandardCharsets;

/**
 * Decodes an RFC 5987 extended parameter value such as {@code UTF-8''%E2%AC%85%20Arrow.txt}
 * ({@code charset'language'percent-encoded-bytes}), the form of {@code filename*}.
 */
public final class ExtendedParameterValue {

    private ExtendedParameterValue() {
    }

    /**
     * Decodes an extended value.
     *
     * @param value the parameter's value
     * @param subject what the value is, for the error, for example {@code the filename* of body
     *     part "file"}
     * @return the decoded text, or {@code null} when the value is not of the extended form
     * @throws dev.peregrine.errors.MultipartParseError when the charset is unknown or the
     *     decoded bytes are not valid in it
     */
    public static String decode(String value, String subject) {
        int charsetEnd = value.indexOf('\'');
        if (charsetEnd <= 0 || !isTokenRun(value, 0, charsetEnd, true)) {
            return null;
        }
        int languageEnd = value.indexOf('\'', charsetEnd + 1);
        if (languageEnd < 0 || languageEnd + 1 == value.length()
                || !isTokenRun(value, charsetEnd + 1, languageEnd, false)) {
            return null;
        }
        byte[] raw = value.substring(languageEnd + 1).getBytes(StandardCharsets.UTF_8);
        int length = percentDecodeInPlace(raw);
        return StrictTextDecoder.decode(raw, length, value.substring(0, charsetEnd), subject);
    }

    // NOTE: a malformed escape such as %zz is kept as it is, as Python's unquote_to_bytes does.
    private static int percentDecodeInPlace(byte[] bytes) {
        int out = 0;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '%' && i + 2 < bytes.length) {
                int high = Character.digit(bytes[i + 1], 16);
                int low = Character.digit(bytes[i + 2], 16);
                if (high >= 0 && low >= 0) {
                    b = (byte) ((high << 4) | low);
                    i += 2;
                }
            }
            bytes[out++] = b;
        }
        return out;
    }

    private static boolean isTokenRun(String text, int from, int to, boolean hyphenAllowed) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            if (!word && !(hyphenAllowed && c == '-')) {
                return false;
            }
        }
        return true;
    }
}
