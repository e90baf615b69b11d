package dev.peregrine.netty.accesslog;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Lines to a byte stream, each ending in a line feed: an appended file, stdout, or a stream the application gives. */
final class StreamSink implements LineSink {

    private static final int BUFFER_SIZE = 64 * 1024;

    private final OutputStream out;
    private final boolean ownsStream;
    private final String name;

    private StreamSink(OutputStream out, boolean ownsStream, String name) {
        this.out = new BufferedOutputStream(out, BUFFER_SIZE);
        this.ownsStream = ownsStream;
        this.name = name;
    }

    /**
     * Appends to {@code path}, created when missing.
     *
     * @throws IllegalStateException naming the file and the fix when it cannot be opened
     */
    static StreamSink file(Path path) {
        try {
            // NOTE: a FileOutputStream, not a FileChannel stream: a channel is closed for good
            // when a thread writing to it is interrupted, and request threads can be.
            return new StreamSink(new FileOutputStream(path.toFile(), true), true, path.toString());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot open the access log file " + path + " (" + e.getMessage()
                    + "); check that its directory exists and that this process may write there", e);
        }
    }

    /** Writes to standard output, which closing leaves open. */
    static StreamSink stdout() {
        return new StreamSink(System.out, false, "stdout");
    }

    /** Writes to {@code out}, which closing flushes and leaves open. */
    static StreamSink of(OutputStream out) {
        return new StreamSink(out, false, out.toString());
    }

    @Override
    public void write(AccessRecord record, LogLine line) throws IOException {
        out.write(line.bytes(), 0, line.length());
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (ownsStream) {
            out.close();
        } else {
            out.flush();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
