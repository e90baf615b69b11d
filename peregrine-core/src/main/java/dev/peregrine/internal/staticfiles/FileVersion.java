package dev.peregrine.internal.staticfiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * The file a relative path names inside a directory, as it is at one moment: its real path
 * (symbolic links resolved), its file key (device and inode where the platform has them), size
 * and modification time. Two versions differ when the file was written, replaced or re-pointed.
 *
 * @param realPath the path with every symbolic link resolved
 * @param fileKey the platform's identity of the file, or {@code null} where there is none
 * @param size the size in bytes
 * @param modified the modification time
 */
record FileVersion(Path realPath, Object fileKey, long size, FileTime modified) {

    /**
     * The version of the regular file {@code relative} names inside {@code realRoot}.
     *
     * @param realRoot the directory, itself a real path
     * @return {@code null} when there is no such file: missing, unreadable, not a regular file, or
     *     outside {@code realRoot} once symbolic links are resolved
     */
    static FileVersion probe(Path realRoot, String relative) {
        try {
            Path candidate = realRoot.resolve(relative);
            // PERF: a missing file is common (404s, a fallback's client-side routes); this check
            // answers it without the exception toRealPath would throw.
            if (!Files.isRegularFile(candidate)) {
                return null;
            }
            Path real = candidate.toRealPath();
            // NOTE: the request path was already checked, but a symbolic link inside the directory
            // may point anywhere; only what really lies inside is served.
            if (!real.startsWith(realRoot)) {
                return null;
            }
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return null;
            }
            return new FileVersion(real, attributes.fileKey(), attributes.size(), attributes.lastModifiedTime());
        } catch (IOException | InvalidPathException | SecurityException e) {
            return null;
        }
    }
}
