package dev.peregrine.internal.http;

import dev.peregrine.internal.uri.PercentCodec;

/**
 * Formats a {@code Content-Disposition} header with a file name (RFC 6266), as Falcon's
 * {@code resp.downloadable_as} and {@code resp.viewable_as}.
 */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    /**
     * The header value for {@code type} ({@code attachment} or {@code inline}) and a file name.
     * An ASCII name gives {@code attachment; filename="report.pdf"}, with quotes and backslashes
     * escaped. A name with other characters (control characters included) gives an ASCII
     * fallback, each such character replaced by {@code _}, then the exact name in UTF-8:
     * {@code attachment; filename="r_sum_.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf}.
     */
    public static String format(String type, String filename) {
        StringBuilder out = new StringBuilder(type.length() + filename.length() * 2 + 16)
                .append(type).append("; filename=\"");
        if (isAscii(filename)) {
            QuotedString.appendEscaped(out, filename);
            return out.append('"').toString();
        }
        // NOTE: RFC 6266 Appendix D: send filename first, as a fallback for agents that do not
        // read filename*; Falcon's fallback is its secure_filename, ours keeps spaces and dots.
        StringBuilder fallback = new StringBuilder(filename.length());
        for (int i = 0; i < filename.length(); i += Character.charCount(filename.codePointAt(i))) {
            char c = filename.charAt(i);
            fallback.append(c < 128 && c >= 0x20 && c != 0x7f ? c : '_');
        }
        QuotedString.appendEscaped(out, fallback.toString());
        return out.append("\"; filename*=UTF-8''").append(PercentCodec.encodeValue(filename)).toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128 || c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
