package dev.peregrine.internal.multipart;

import dev.peregrine.errors.MultipartParseError;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes from a request with a charset the request names, refusing bytes that are not
 * valid in it instead of replacing them, and reporting an unknown charset or bad bytes as a 400.
 */
public final class StrictTextDecoder {

    private StrictTextDecoder() {
    }

    /**
     * Decodes bytes.
     *
     * @param bytes the bytes
     * @param length how many of them, from the start
     * @param charsetName the charset's name as the request gave it
     * @param subject what the bytes are, for the error, for example {@code body part "note"}
     * @throws MultipartParseError when the charset is unknown or the bytes are not valid in it
     */
    public static String decode(byte[] bytes, int length, String charsetName, String subject) {
        Charset charset = lookUp(charsetName, subject);
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString();
        } catch (CharacterCodingException invalid) {
            throw new MultipartParseError(subject + " is not valid " + charsetName + " text");
        }
    }

    private static Charset lookUp(String charsetName, String subject) {
        try {
            return Charset.forName(charsetName);
        } catch (IllegalArgumentException unknown) {
            throw new MultipartParseError(subject + " names an unknown charset: " + charsetName);
        }
    }
}
