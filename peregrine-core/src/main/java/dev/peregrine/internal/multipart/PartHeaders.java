package dev.peregrine.internal.multipart;

import dev.peregrine.errors.MultipartParseError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The headers of one body part: the header block after a delimiter line, read up to the blank
 * line that ends it and bounded by a size limit.
 *
 * <p>NOTE: RFC 7578 §4.8 says parts carry only Content-Disposition, Content-Type and
 * Content-Transfer-Encoding and that any other header field must be ignored, so, as Falcon
 * does, only those three are kept. Lines without a colon are ignored too.
 */
public final class PartHeaders {

    private static final String[] KEPT = {"Content-Disposition", "Content-Type", "Content-Transfer-Encoding"};
    private static final int DISPOSITION = 0;
    private static final int TYPE = 1;
    private static final int TRANSFER_ENCODING = 2;
    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private final String[] values;

    private PartHeaders(String[] values) {
        this.values = values;
    }

    /**
     * Reads a header block, leaving the scanner at the first byte of the part's content.
     *
     * @param scanner a scanner just past a delimiter line
     * @param maxSize the most bytes the block may have without its closing blank line
     * @param partNumber the part's number from 1, for errors
     * @throws MultipartParseError when the block is too large, ends early or is not UTF-8, or
     *     the part uses a Content-Transfer-Encoding
     */
    public static PartHeaders read(BoundaryScanner scanner, int maxSize, int partNumber) throws IOException {
        byte[] block = readBlock(scanner, maxSize, partNumber);
        String[] values = new String[KEPT.length];
        int lineStart = 0;
        while (lineStart < block.length) {
            int lineEnd = lineEnd(block, lineStart);
            keepIfWanted(block, lineStart, lineEnd, values, partNumber);
            lineStart = lineEnd + 2;
        }
        rejectTransferEncoding(values[TRANSFER_ENCODING], partNumber);
        return new PartHeaders(values);
    }

    /** A header's value by case-insensitive name, or {@code null}; only the three kept ones exist. */
    public String get(String name) {
        for (int i = 0; i < KEPT.length; i++) {
            if (KEPT[i].equalsIgnoreCase(name)) {
                return values[i];
            }
        }
        return null;
    }

    /** The Content-Disposition value, or {@code null}. */
    public String contentDisposition() {
        return values[DISPOSITION];
    }

    /** The Content-Type value, or {@code null}. */
    public String contentType() {
        return values[TYPE];
    }

    // The block's bytes without the CRLF CRLF that ends it (or the lone CRLF of an empty block).
    private static byte[] readBlock(BoundaryScanner scanner, int maxSize, int partNumber) throws IOException {
        byte[] block = new byte[Math.min(maxSize, 256) + 4];
        int length = 0;
        while (true) {
            int next = scanner.readLineByte();
            if (next < 0) {
                throw new MultipartParseError(
                        "unexpected end of form in the headers of body part " + partNumber);
            }
            if (length == block.length) {
                block = Arrays.copyOf(block, Math.min(block.length * 2, maxSize + 4));
            }
            block[length++] = (byte) next;
            if (next == LF && endsBlock(block, length)) {
                return Arrays.copyOf(block, Math.max(length - 4, 0));
            }
            // The block would be over the limit even if the next byte closed it.
            if (length - 3 > maxSize) {
                throw new MultipartParseError("the headers of body part " + partNumber
                        + " are larger than " + maxSize + " bytes (maxBodyPartHeadersSize)");
            }
        }
    }

    private static boolean endsBlock(byte[] block, int length) {
        if (length == 2) {
            return block[0] == CR;
        }
        return length >= 4 && block[length - 2] == CR && block[length - 3] == LF && block[length - 4] == CR;
    }

    private static int lineEnd(byte[] block, int from) {
        for (int i = from; i + 1 < block.length; i++) {
            if (block[i] == CR && block[i + 1] == LF) {
                return i;
            }
        }
        return block.length;
    }

    private static void keepIfWanted(byte[] block, int start, int end, String[] values, int partNumber) {
        int colon = start;
        while (colon < end && block[colon] != ':') {
            colon++;
        }
        if (colon == end) {
            return;
        }
        for (int i = 0; i < KEPT.length; i++) {
            if (asciiEqualsIgnoreCase(KEPT[i], block, start, colon)) {
                // NOTE: Falcon wants ": " between name and value; any optional whitespace
                //   after the colon is accepted here, as HTTP field syntax allows.
                String value = StrictTextDecoder.decode(
                        Arrays.copyOfRange(block, colon + 1, end), end - colon - 1, "utf-8",
                        "the " + KEPT[i] + " header of body part " + partNumber);
                values[i] = value.strip();
                return;
            }
        }
    }

    private static boolean asciiEqualsIgnoreCase(String name, byte[] bytes, int from, int to) {
        if (to - from != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (asciiLowerCase(bytes[from + i]) != asciiLowerCase(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int asciiLowerCase(int c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    // NOTE: RFC 7578 §4.7 deprecates Content-Transfer-Encoding for HTTP and Falcon rejects any
    //   but "binary"; the other identity encodings, 7bit and 8bit, are accepted too.
    private static void rejectTransferEncoding(String encoding, int partNumber) {
        if (encoding != null && !encoding.equalsIgnoreCase("binary")
                && !encoding.equalsIgnoreCase("8bit") && !encoding.equalsIgnoreCase("7bit")) {
            throw new MultipartParseError("body part " + partNumber + " has Content-Transfer-Encoding: "
                    + encoding + ", which multipart/form-data does not support");
        }
    }
}
