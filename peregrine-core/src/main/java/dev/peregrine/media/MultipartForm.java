package dev.peregrine.media;

import dev.peregrine.errors.MultipartParseError;
import dev.peregrine.internal.multipart.BoundaryScanner;
import dev.peregrine.internal.multipart.PartHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A multipart/form-data body (RFC 7578) read lazily, one {@link BodyPart} at a time, as the
 * request body streams in: an upload of any size never sits whole in memory.
 *
 * <p>Moving to the next part skips whatever the application left unread of the current one. The
 * form can be walked once, with {@link #next()} or a for-each loop:
 * {@snippet :
 * MultipartForm form = MultipartForm.parse(body, boundary, options);
 * for (BodyPart part : form) {
 *     System.out.println(part.name() + ": " + part.contentType());
 * }
 * }
 *
 * <p>A body that breaks the multipart syntax or a {@link MultipartOptions} limit fails with a
 * {@link MultipartParseError} (400) when the parser reaches the fault, so parts before it may
 * already have been handled. The preamble before the first delimiter and the epilogue after the
 * close delimiter are ignored.
 */
public final class MultipartForm implements Iterable<BodyPart> {

    private final BoundaryScanner scanner;
    private final int maxBodyPartCount;
    private final int maxBodyPartHeadersSize;
    private final int maxBodyPartBufferSize;
    private final String defaultCharset;
    private final MediaHandlers partHandlers;
    private BodyPart current;
    private int partCount;
    private boolean finished;
    private boolean iterated;
    private MultipartParseError failure;

    private MultipartForm(BoundaryScanner scanner, MultipartOptions options) {
        this.scanner = scanner;
        this.maxBodyPartCount = options.maxBodyPartCount();
        this.maxBodyPartHeadersSize = options.maxBodyPartHeadersSize();
        this.maxBodyPartBufferSize = options.maxBodyPartBufferSize();
        this.defaultCharset = options.defaultCharset();
        this.partHandlers = options.mediaHandlers();
    }

    /**
     * Prepares to read a form; nothing is read from the body until the first part is asked for.
     *
     * @param body the request body
     * @param boundary the Content-Type's {@code boundary} parameter, unquoted
     * @param options the limits, read now
     * @throws MultipartParseError when the boundary is not 1 to 70 printable ASCII characters
     */
    public static MultipartForm parse(InputStream body, String boundary, MultipartOptions options) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(boundary, "boundary");
        Objects.requireNonNull(options, "options");
        requireValidBoundary(boundary);
        return new MultipartForm(new BoundaryScanner(body, boundary, BoundaryScanner.DEFAULT_BUFFER_SIZE), options);
    }

    /**
     * Reads up to the next part, skipping the unread rest of the current one, and returns it.
     *
     * @return the next part, or {@code null} after the last one
     * @throws MultipartParseError when the body is malformed or breaks a limit; later calls
     *     throw the same error
     */
    public BodyPart next() throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (finished) {
            return null;
        }
        try {
            return readNextPart();
        } catch (MultipartParseError error) {
            failure = error;
            throw error;
        }
    }

    /**
     * The parts, read lazily. {@code hasNext()} reads up to the next part, so it skips the
     * unread rest of the current one. I/O errors surface as {@link UncheckedIOException}.
     *
     * @throws IllegalStateException when called a second time: the body can be read only once
     */
    @Override
    public Iterator<BodyPart> iterator() {
        if (iterated) {
            throw new IllegalStateException(
                    "a multipart form can be iterated only once: its parts are read from the request body as they arrive");
        }
        iterated = true;
        return new PartIterator();
    }

    private BodyPart readNextPart() throws IOException {
        long skipped = scanner.skipAllContent();
        if (current != null) {
            current.leave(skipped > 0);
            current = null;
        }
        if (scanner.crossDelimiter()) {
            finished = true;
            return null;
        }
        partCount++;
        if (maxBodyPartCount > 0 && partCount > maxBodyPartCount) {
            throw new MultipartParseError(
                    "more than " + maxBodyPartCount + " body parts (maxBodyPartCount)");
        }
        PartHeaders headers = PartHeaders.read(scanner, maxBodyPartHeadersSize, partCount);
        current = new BodyPart(partCount, headers, scanner, maxBodyPartBufferSize, defaultCharset, partHandlers);
        return current;
    }

    // NOTE: RFC 2046 §5.1.1: 1 to 70 characters from a set safe through mail gateways.
    private static void requireValidBoundary(String boundary) {
        boolean valid = !boundary.isEmpty() && boundary.length() <= 70;
        for (int i = 0; valid && i < boundary.length(); i++) {
            char c = boundary.charAt(i);
            valid = c >= 0x20 && c < 0x7F;
        }
        if (!valid) {
            throw new MultipartParseError(
                    "the boundary parameter must be 1 to 70 printable ASCII characters");
        }
    }

    private final class PartIterator implements Iterator<BodyPart> {

        private BodyPart pending;
        private boolean fetched;

        @Override
        public boolean hasNext() {
            if (!fetched) {
                try {
                    pending = MultipartForm.this.next();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                fetched = true;
            }
            return pending != null;
        }

        @Override
        public BodyPart next() {
            if (!hasNext()) {
                throw new NoSuchElementException("the form has no more parts");
            }
            fetched = false;
            return pending;
        }
    }
}
