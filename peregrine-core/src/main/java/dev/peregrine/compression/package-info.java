/**
 * Compressing response bodies: {@link dev.peregrine.compression.ResponseCompression}, switched on
 * with {@code app.responseOptions().compression(...)}, chooses a
 * {@link dev.peregrine.compression.ContentCoding} from each request's {@code Accept-Encoding} and
 * encodes compressible bodies as the app renders them, so the embedded server and
 * {@code TestClient} send the same bytes. {@link dev.peregrine.compression.GzipCoding} is built
 * in; other codings implement {@code ContentCoding}.
 */
package dev.peregrine.compression;
