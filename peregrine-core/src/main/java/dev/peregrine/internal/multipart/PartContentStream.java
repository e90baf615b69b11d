package dev.peregrine.internal.multipart;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * One body part's content, read straight from the request body up to the next delimiter.
 *
 * <p>The stream is valid while its part is the form's current one. When the form moves on, a
 * stream that was read to its end stays at its end, and one whose content was skipped fails, so
 * a late read never passes for an empty part. Closing the stream does not close the body.
 */
public final class PartContentStream extends InputStream {

    private final BoundaryScanner scanner;
    private final String partDescription;
    private final byte[] oneByte = new byte[1];
    private boolean ended;
    private boolean skipped;

    /**
     * A stream over the content at the scanner's position.
     *
     * @param scanner a scanner at the first byte of a part's content
     * @param partDescription the part, for errors, for example {@code body part "file"}
     */
    public PartContentStream(BoundaryScanner scanner, String partDescription) {
        this.scanner = scanner;
        this.partDescription = partDescription;
    }

    /**
     * Records that the form moved past this part.
     *
     * @param contentWasSkipped whether unread content was skipped on the way
     */
    public void leave(boolean contentWasSkipped) {
        if (contentWasSkipped) {
            skipped = true;
        } else {
            ended = true;
        }
    }

    @Override
    public int read() throws IOException {
        return read(oneByte, 0, 1) < 0 ? -1 : oneByte[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, target.length);
        if (!isLive()) {
            return -1;
        }
        int count = scanner.readContent(target, offset, length);
        if (count < 0) {
            ended = true;
        }
        return count;
    }

    @Override
    public long skip(long count) throws IOException {
        return isLive() ? scanner.skipContent(count) : 0;
    }

    @Override
    public int available() {
        return isLive() ? scanner.bufferedContent() : 0;
    }

    private boolean isLive() {
        if (skipped) {
            throw new IllegalStateException(partDescription
                    + " was skipped: read a part before moving on to the next one");
        }
        return !ended;
    }
}
