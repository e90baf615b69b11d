package dev.peregrine.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A server under test: a directory whose executable {@code start PORT} script runs it in the
 * foreground on 127.0.0.1:PORT.
 *
 * @param name        the directory's name, for example {@code netty}
 * @param startScript the {@code start} script
 */
public record Peer(String name, Path startScript) {
    /** The peers of the shared contract, in the order reports list them. */
    public static final List<String> KNOWN_ORDER = List.of("netty", "peregrine-inline", "peregrine-vt",
            "peregrine-pool", "vertx", "helidon", "javalin", "falcon-gunicorn", "falcon-uwsgi", "nginx");

    /**
     * Finds the peers under a directory: every subdirectory with an executable {@code start},
     * the contract's names first in {@link #KNOWN_ORDER}, any others after them by name.
     *
     * @param directory the peers' directory, normally {@code benchmarks/peers}
     * @param only      the names to keep, or an empty list for all
     * @return the peers found
     * @throws IOException when the directory cannot be listed
     * @throws IllegalArgumentException when a name in {@code only} has no runnable peer
     */
    public static List<Peer> discover(Path directory, List<String> only) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                if (Files.isExecutable(entry.resolve("start")) && !Files.isDirectory(entry.resolve("start"))) {
                    names.add(entry.getFileName().toString());
                }
            }
        }
        names.sort((left, right) -> {
            int leftRank = rank(left);
            int rightRank = rank(right);
            return leftRank != rightRank ? Integer.compare(leftRank, rightRank) : left.compareTo(right);
        });
        for (String wanted : only) {
            if (!names.contains(wanted)) {
                throw new IllegalArgumentException("No peer '" + wanted + "' with an executable start script under "
                        + directory + "; found " + names + ".");
            }
        }
        List<Peer> peers = new ArrayList<>();
        for (String name : names) {
            if (only.isEmpty() || only.contains(name)) {
                peers.add(new Peer(name, directory.toAbsolutePath().resolve(name).resolve("start")));
            }
        }
        return peers;
    }

    private static int rank(String name) {
        int index = KNOWN_ORDER.indexOf(name);
        return index < 0 ? KNOWN_ORDER.size() : index;
    }
}
