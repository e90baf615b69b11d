package dev.peregrine.netty.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * What a file looks like from outside, symbolic links followed: the file it resolves to, its
 * inode, size and modification time. Two stamps differ when the file was rewritten, replaced by a
 * rename, or when a link on its path (certbot's {@code live/} links, Kubernetes' {@code ..data})
 * now points elsewhere.
 *
 * @param file the file the path resolves to, or {@code null} when there is none
 * @param identity the file system's key for it (device and inode on Linux), or {@code null}
 * @param size its size in bytes
 * @param modified its modification time
 */
record FileStamp(Path file, Object identity, long size, FileTime modified) {

    private static final FileStamp MISSING = new FileStamp(null, null, -1, null);

    /** The stamp of {@code path} now; one that equals no stamp of an existing file when it cannot be read. */
    static FileStamp of(Path path) {
        try {
            Path real = path.toRealPath();
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
            return new FileStamp(real, attributes.fileKey(), attributes.size(), attributes.lastModifiedTime());
        } catch (IOException | SecurityException e) {
            return MISSING;
        }
    }
}
