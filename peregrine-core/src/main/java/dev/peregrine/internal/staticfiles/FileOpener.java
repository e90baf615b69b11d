package dev.peregrine.internal.staticfiles;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Opens a file for reading; the cache of open files takes one so tests can count the opens. */
@FunctionalInterface
interface FileOpener {

    /** Opens read-only, refusing a symbolic link swapped in since the path was resolved. */
    FileOpener READ_ONLY = path -> FileChannel.open(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);

    /** Opens {@code realPath}, a path without symbolic links, for reading. */
    FileChannel open(Path realPath) throws IOException;
}
