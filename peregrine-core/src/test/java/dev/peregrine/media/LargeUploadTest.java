package dev.peregrine.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.internal.multipart.BoundaryScanner;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class LargeUploadTest {

    private static final long SIXTY_FOUR_MIB = 64L * 1024 * 1024;

    @Test
    void sixtyFourMebibytePartStreamsIntactWhileTheParserReadsAheadAtMostOneBuffer() throws IOException {
        GeneratedUpload upload = new GeneratedUpload(SIXTY_FOUR_MIB);
        MultipartForm form = MultipartForm.parse(upload, GeneratedUpload.BOUNDARY, new MultipartOptions());
        BodyPart part = form.next();
        InputStream content = part.stream();
        CRC32 crc = new CRC32();
        byte[] chunk = new byte[8192];
        long consumed = 0;
        long mostReadAhead = 0;
        for (int count = content.read(chunk); count >= 0; count = content.read(chunk)) {
            crc.update(chunk, 0, count);
            consumed += count;
            mostReadAhead = Math.max(mostReadAhead, upload.produced() - upload.headLength() - consumed);
        }

        assertEquals("big.bin", part.filename());
        assertEquals(SIXTY_FOUR_MIB, consumed);
        assertEquals(GeneratedUpload.contentChecksum(SIXTY_FOUR_MIB), crc.getValue());
        assertTrue(mostReadAhead <= BoundaryScanner.DEFAULT_BUFFER_SIZE,
                "read " + mostReadAhead + " bytes ahead of the application");
        assertEquals("still here", form.next().text());
    }

    @Test
    void sixtyFourMebibytePartLeftUnreadIsSkippedToReachTheNextPart() throws IOException {
        GeneratedUpload upload = new GeneratedUpload(SIXTY_FOUR_MIB);
        MultipartForm form = MultipartForm.parse(upload, GeneratedUpload.BOUNDARY, new MultipartOptions());
        form.next();

        BodyPart after = form.next();

        assertEquals("after", after.name());
        assertEquals("still here", after.text());
    }
}
