package dev.peregrine.internal.multipart;

import java.text.Normalizer;

/**
 * Falcon's {@code secure_filename}: a client's file name reduced to characters that are safe in
 * a path on any common file system.
 *
 * <p>The name is normalized to Unicode NFKD, so letters with accents keep their base letter;
 * then every code point other than ASCII letters, digits, {@code .}, {@code -} and {@code _}
 * becomes {@code _}, and a leading {@code .} becomes {@code _} so the result is never hidden or a
 * relative path: {@code ../../etc/pässwd .txt} becomes {@code _._.._etc_pa_sswd_.txt}.
 */
public final class SecureFilename {

    private SecureFilename() {
    }

    /**
     * Sanitizes a file name.
     *
     * @param filename a non-empty file name from a request
     * @return the sanitized name, as many characters long as the NFKD-normalized name has code
     *     points
     */
    public static String of(String filename) {
        if (filename.isEmpty()) {
            throw new IllegalArgumentException("filename may not be empty");
        }
        String normalized = Normalizer.normalize(filename, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); ) {
            int codePoint = normalized.codePointAt(i);
            out.append(isSafe(codePoint) ? (char) codePoint : '_');
            i += Character.charCount(codePoint);
        }
        if (out.charAt(0) == '.') {
            out.setCharAt(0, '_');
        }
        return out.toString();
    }

    private static boolean isSafe(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '-' || c == '_';
    }
}
