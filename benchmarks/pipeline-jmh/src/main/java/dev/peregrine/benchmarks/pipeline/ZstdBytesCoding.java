package dev.peregrine.benchmarks.pipeline;

import com.github.luben.zstd.ZstdCompressCtx;
import dev.peregrine.compression.ContentCoding;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The {@code zstd} coding for bodies in memory, with zstd-jni and reused compression contexts:
 * enough to weigh zstd against gzip in {@link CompressionBenchmark}, which only renders JSON
 * bodies. Streams are not supported.
 */
final class ZstdBytesCoding implements ContentCoding {

    private final int level;
    private final ConcurrentLinkedQueue<ZstdCompressCtx> contexts = new ConcurrentLinkedQueue<>();

    ZstdBytesCoding(int level) {
        this.level = level;
    }

    @Override
    public String name() {
        return "zstd";
    }

    @Override
    public byte[] encode(byte[] content) {
        ZstdCompressCtx context = contexts.poll();
        if (context == null) {
            context = new ZstdCompressCtx().setLevel(level);
        }
        try {
            return context.compress(content);
        } finally {
            contexts.offer(context);
        }
    }

    @Override
    public InputStream encode(InputStream content) {
        throw new UnsupportedOperationException("The benchmark's zstd coding encodes bodies in memory only");
    }

    @Override
    public OutputStream encode(OutputStream sink) {
        throw new UnsupportedOperationException("The benchmark's zstd coding encodes bodies in memory only");
    }
}
