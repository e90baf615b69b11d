package dev.peregrine.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeerTest {
    @TempDir
    Path peers;

    private void peer(String name, boolean executable) throws IOException {
        Path start = Files.createDirectories(peers.resolve(name)).resolve("start");
        Files.writeString(start, "#!/bin/sh\n");
        Files.setPosixFilePermissions(start, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
    }

    private static List<String> names(List<Peer> found) {
        List<String> names = new ArrayList<>();
        found.forEach(peer -> names.add(peer.name()));
        return names;
    }

    @Test
    void contractPeersComeInReportOrderThenOthersByName() throws IOException {
        for (String name : List.of("zeta", "vertx", "netty", "alpha", "peregrine-inline")) {
            peer(name, true);
        }
        assertEquals(List.of("netty", "peregrine-inline", "vertx", "alpha", "zeta"), names(Peer.discover(peers, List.of())));
    }

    @Test
    void directoryWithoutAnExecutableStartIsNoPeer() throws IOException {
        peer("netty", true);
        peer("vertx", false);
        Files.createDirectories(peers.resolve("common"));
        assertEquals(List.of("netty"), names(Peer.discover(peers, List.of())));
    }

    @Test
    void onlyKeepsTheNamedPeers() throws IOException {
        peer("netty", true);
        peer("vertx", true);
        assertEquals(List.of("vertx"), names(Peer.discover(peers, List.of("vertx"))));
    }

    @Test
    void unknownNameInOnlyIsRefusedListingWhatWasFound() throws IOException {
        peer("netty", true);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Peer.discover(peers, List.of("jetty")));
        assertTrue(error.getMessage().contains("'jetty'") && error.getMessage().contains("[netty]"), error.getMessage());
    }

    @Test
    void startScriptsAreAbsoluteSoTheyRunFromTheirOwnDirectory() throws IOException {
        peer("netty", true);
        assertTrue(Peer.discover(peers, List.of()).getFirst().startScript().isAbsolute());
    }
}
