package dev.peregrine.media;

import java.nio.charset.Charset;

/**
 * Limits and defaults for parsing multipart/form-data bodies, with Falcon's defaults.
 *
 * <p>The options are read once when a form is parsed ({@link MultipartForm#parse}); changing
 * them later affects only forms parsed afterwards. Configure them at startup: they are not
 * synchronized.
 * {@snippet :
 * MultipartOptions options = new MultipartOptions()
 *         .maxBodyPartCount(10)
 *         .maxBodyPartBufferSize(64 * 1024);
 * }
 */
public final class MultipartOptions {

    private int maxBodyPartCount = 64;
    private int maxBodyPartBufferSize = 1024 * 1024;
    private int maxBodyPartHeadersSize = 8192;
    private String defaultCharset = "utf-8";
    private MediaHandlers mediaHandlers;

    /** Options with Falcon's defaults: 64 parts, a 1 MiB part buffer, 8192 header bytes, UTF-8. */
    public MultipartOptions() {
    }

    /** The most body parts a form may have (default 64); 0 means no limit. */
    public int maxBodyPartCount() {
        return maxBodyPartCount;
    }

    /**
     * Sets the most body parts a form may have; a form with more fails with a 400 when the
     * extra part is reached.
     *
     * @param count 0 for no limit, or the limit
     */
    public MultipartOptions maxBodyPartCount(int count) {
        this.maxBodyPartCount = requireNotNegative("maxBodyPartCount", count, " (0 means no limit)");
        return this;
    }

    /**
     * The most bytes {@link BodyPart#data()} and {@link BodyPart#text()} buffer (default 1 MiB).
     * {@link BodyPart#stream()} has no limit.
     */
    public int maxBodyPartBufferSize() {
        return maxBodyPartBufferSize;
    }

    /** Sets the most bytes {@link BodyPart#data()} and {@link BodyPart#text()} will buffer. */
    public MultipartOptions maxBodyPartBufferSize(int bytes) {
        this.maxBodyPartBufferSize = requireNotNegative("maxBodyPartBufferSize", bytes, "");
        return this;
    }

    /**
     * The most bytes of headers one body part may have (default 8192), counting the header
     * lines and the line breaks between them but not the blank line that ends them.
     */
    public int maxBodyPartHeadersSize() {
        return maxBodyPartHeadersSize;
    }

    /** Sets the most bytes of headers one body part may have. */
    public MultipartOptions maxBodyPartHeadersSize(int bytes) {
        this.maxBodyPartHeadersSize = requireNotNegative("maxBodyPartHeadersSize", bytes, "");
        return this;
    }

    /** The charset {@link BodyPart#text()} uses when a part names none (default {@code utf-8}). */
    public String defaultCharset() {
        return defaultCharset;
    }

    /**
     * Sets the charset for text parts that name none.
     *
     * @param charset a charset name this JVM supports, for example {@code "iso-8859-1"}
     * @throws IllegalArgumentException when the JVM does not know the charset
     */
    public MultipartOptions defaultCharset(String charset) {
        if (charset == null || !isSupportedCharset(charset)) {
            throw new IllegalArgumentException("defaultCharset '" + charset
                    + "' is not a charset this JVM supports; use a name such as \"utf-8\" or \"iso-8859-1\"");
        }
        this.defaultCharset = charset;
        return this;
    }

    /**
     * The handlers {@link BodyPart#media()} decodes parts with; by default JSON and URL-encoded
     * forms, as in Falcon.
     */
    public MediaHandlers mediaHandlers() {
        if (mediaHandlers == null) {
            mediaHandlers = new MediaHandlers()
                    .register("application/json", new JsonHandler())
                    .register("application/x-www-form-urlencoded", new UrlEncodedFormHandler());
        }
        return mediaHandlers;
    }

    /** Sets the handlers {@link BodyPart#media()} decodes parts with. */
    public MultipartOptions mediaHandlers(MediaHandlers handlers) {
        this.mediaHandlers = handlers;
        return this;
    }

    private static boolean isSupportedCharset(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalArgumentException illegalName) {
            return false;
        }
    }

    private static int requireNotNegative(String option, int value, String hint) {
        if (value < 0) {
            throw new IllegalArgumentException(option + " must be 0 or more" + hint + ", not " + value);
        }
        return value;
    }
}
